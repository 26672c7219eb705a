package se.samverka.homework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.ActionInvocation;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.Texts;
import se.samverka.network.PersonalMessages;

/**
 * The personal messages of homework: the questions, one message per question with its own
 * answer form (a form sends all inputs of its message), and the reminders. Every send
 * goes through {@link #send}, with a stable key per (homework, question set or reminder
 * day, part) that, with the recipient, names one delivery.
 */
@Component
class HomeworkLetters implements org.springframework.beans.factory.SmartInitializingSingleton {

	static final int MAX_ANSWER = 2_000;

	static final String ANSWER_INPUT = "answer";

	private static final Logger log = LoggerFactory.getLogger(HomeworkLetters.class);

	private final PersonalMessages personal;

	private final Texts texts;

	private final Homeworks homeworks;

	HomeworkLetters(PersonalMessages personal, Texts texts, Homeworks homeworks) {
		this.personal = personal;
		this.texts = texts;
		this.homeworks = homeworks;
	}

	/**
	 * Queues the questions for every recipient, then notes that they are all queued;
	 * returns how many recipients the bot knows. Repeating it queues nothing twice (one
	 * ledger entry per letter and person).
	 */
	int sendToAll(Homework homework) {
		int reached = 0;
		for (String recipient : homework.recipients()) {
			if (sendQuestions(homework, new PersonId(recipient))) {
				reached++;
			}
		}
		homeworks.lettersQueued(homework);
		return reached;
	}

	/**
	 * At start-up, before any request is taken: homework whose letters a crash left half
	 * queued gets the rest (those already queued stay as they are).
	 */
	@Override
	public void afterSingletonsInstantiated() {
		for (Homework homework : homeworks.withLettersNotQueued()) {
			if (!homeworks.open(homework)) {
				homeworks.lettersQueued(homework);
				continue;
			}
			int reached = sendToAll(homework);
			log.info("Homework {}: letters queued again after a stop, {} recipients", homework.id(), reached);
		}
	}

	/** Sends the questions; returns whether the first of them reached the person. */
	boolean sendQuestions(Homework homework, PersonId person) {
		List<Message> questions = questions(homework, personal.languageOf(person), Map.of());
		boolean reached = true;
		for (int n = 1; n <= questions.size() && reached; n++) {
			reached = send(key(homework, "questions:1:" + n), homework, person, questions.get(n - 1));
		}
		return reached;
	}

	/**
	 * One message per question, each with its answer field (holding the answer
	 * {@code given} so far, by question number) and button; the first also says what the
	 * homework is.
	 */
	List<Message> questions(Homework homework, Locale locale, Map<String, String> given) {
		List<Message> questions = new ArrayList<>();
		for (int n = 1; n <= homework.questions().size(); n++) {
			Message.Builder message = Message.builder();
			if (n == 1) {
				message.heading(texts.get(locale, "homework.letter.heading", homework.number()))
					.paragraph(texts.get(locale, "homework.letter.intro", homework.questions().size(), homework.due()))
					.paragraph(texts.get(locale, "homework.letter.how"), Tone.SUBTLE);
			}
			message.paragraph(texts.get(locale, "homework.letter.question", n, homework.questions().get(n - 1)))
				.input(new TextInput(ANSWER_INPUT, texts.get(locale, "homework.letter.label", n), "",
						given.getOrDefault(Integer.toString(n), ""), true, MAX_ANSWER))
				.buttons(new Button(texts.get(locale, "homework.letter.submit", n),
						ActionInvocation.scoped(new NetworkId(homework.networkId()), homework.id(), "answer " + n),
						true));
			questions.add(message.build());
		}
		return questions;
	}

	boolean remind(Homework homework, PersonId person, String day) {
		Locale locale = personal.languageOf(person);
		Message message = Message.builder()
			.heading(texts.get(locale, "homework.reminder.heading", homework.number()))
			.paragraph(texts.get(locale, "homework.reminder.text", homework.due()))
			.paragraph(texts.get(locale, "homework.letter.how"), Tone.SUBTLE)
			.build();
		return send(key(homework, "remind:" + day), homework, person, message);
	}

	/**
	 * The one place homework reaches a person: through the delivery ledger, one entry per
	 * {@code key} and person, so a repeated reminder job or a restart never sends it
	 * twice.
	 */
	private boolean send(String key, Homework homework, PersonId person, Message message) {
		boolean queued = personal.send(key, person, new NetworkId(homework.networkId()), message);
		log.debug("Homework delivery {} to {}: {}", key, person.value(), queued ? "queued" : "unknown person");
		return queued;
	}

	private static String key(Homework homework, String part) {
		return "homework:" + homework.id() + ":" + part;
	}

}
