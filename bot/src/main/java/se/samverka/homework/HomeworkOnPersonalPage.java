package se.samverka.homework;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.PersonalSection;

/**
 * The person's newest homework that still takes answers: its questions with an answer
 * field each, as the letter brought them, holding what they have answered so far.
 */
@Component
class HomeworkOnPersonalPage implements PersonalSection {

	private final Homeworks homeworks;

	private final HomeworkLetters letters;

	HomeworkOnPersonalPage(Homeworks homeworks, HomeworkLetters letters) {
		this.homeworks = homeworks;
		this.letters = letters;
	}

	@Override
	public int position() {
		return 50;
	}

	@Override
	public String headingKey() {
		return "page.section.homework";
	}

	@Override
	public List<Message> forPerson(NetworkId network, PersonId person, Locale locale) {
		return homeworks.newestOpenFor(network, person)
			.map(homework -> letters.questions(homework, locale,
					homeworks.answersOf(homework, person).map(HomeworkAnswers::answers).orElse(Map.of())))
			.orElse(List.of());
	}

}
