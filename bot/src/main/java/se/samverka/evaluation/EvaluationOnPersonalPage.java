package se.samverka.evaluation;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.PersonalSection;
import se.samverka.chat.Texts;

/** The newest open evaluation the person was asked to answer, as its form. */
@Component
class EvaluationOnPersonalPage implements PersonalSection {

	private final Evaluations evaluations;

	private final EvaluationLetters letters;

	private final Texts texts;

	EvaluationOnPersonalPage(Evaluations evaluations, EvaluationLetters letters, Texts texts) {
		this.evaluations = evaluations;
		this.letters = letters;
		this.texts = texts;
	}

	@Override
	public int position() {
		return 60;
	}

	@Override
	public String headingKey() {
		return "page.section.evaluation";
	}

	@Override
	public List<Message> forPerson(NetworkId network, PersonId person, Locale locale) {
		return evaluations.newestOpenFor(network, person)
			.map(e -> letters.form(e, locale,
					texts.get(locale, "evaluation.letter.heading", e.meetingNumber(), e.meetingTitle())))
			.stream()
			.toList();
	}

}
