package se.samverka.evaluation;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.ActionInvocation;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.Choice;
import se.samverka.chat.Block.ChoiceInput;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.Texts;
import se.samverka.network.PersonalMessages;

/**
 * The personal messages of an evaluation: the form, and the reminder (the form again).
 * Both go through the delivery ledger under a key per (meeting, kind), which with the
 * person names one delivery, so a repeated job, a second {@code evaluation send} or a
 * restart never sends one twice.
 */
@Component
class EvaluationLetters {

	private static final Logger log = LoggerFactory.getLogger(EvaluationLetters.class);

	private final PersonalMessages personal;

	private final Texts texts;

	EvaluationLetters(PersonalMessages personal, Texts texts) {
		this.personal = personal;
		this.texts = texts;
	}

	boolean invite(Evaluation evaluation, PersonId person) {
		Locale locale = personal.languageOf(person);
		return send("invite", evaluation, person, form(evaluation, locale,
				texts.get(locale, "evaluation.letter.heading", evaluation.meetingNumber(), evaluation.meetingTitle())));
	}

	boolean remind(Evaluation evaluation, PersonId person) {
		Locale locale = personal.languageOf(person);
		return send("remind", evaluation, person, form(evaluation, locale, texts.get(locale,
				"evaluation.reminder.heading", evaluation.meetingNumber(), evaluation.meetingTitle())));
	}

	/** Six 1–5 choices, an optional comment, and the typed command that does the same. */
	Message form(Evaluation evaluation, Locale locale, String heading) {
		List<Choice> scale = List.of(new Choice("1", texts.get(locale, "evaluation.form.lowest")), new Choice("2", "2"),
				new Choice("3", "3"), new Choice("4", "4"),
				new Choice("5", texts.get(locale, "evaluation.form.highest")));
		Message.Builder form = Message.builder()
			.heading(heading)
			.paragraph(texts.get(locale, "evaluation.form.intro", evaluation.lastDay()));
		for (Statement statement : Statement.ALL) {
			form.choice(new ChoiceInput(statement.inputId(), texts.get(locale, "evaluation.form.statement",
					texts.get(locale, statement.labelKey()), texts.get(locale, statement.textKey())), scale));
		}
		String command = EvaluateCommand.NAMES.in(locale);
		return form
			.input(new TextInput(AnswerParser.COMMENT_INPUT, texts.get(locale, "evaluation.form.comment"), "", "", true,
					AnswerParser.MAX_COMMENT, true))
			.paragraph(texts.get(locale, "evaluation.form.typed", command, evaluation.meetingNumber()), Tone.SUBTLE)
			.buttons(new Button(texts.get(locale, "evaluation.form.submit"),
					ActionInvocation.scoped(new NetworkId(evaluation.networkId()), null,
							EvaluateCommand.NAMES.english() + " " + evaluation.meetingNumber()),
					true))
			.build();
	}

	private boolean send(String kind, Evaluation evaluation, PersonId person, Message message) {
		String key = "evaluation:" + evaluation.id() + ":" + kind;
		boolean queued = personal.send(key, person, new NetworkId(evaluation.networkId()), message);
		log.debug("Evaluation delivery {} to {}: {}", key, person.value(), queued ? "queued" : "unknown person");
		return queued;
	}

}
