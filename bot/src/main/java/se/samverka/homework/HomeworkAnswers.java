package se.samverka.homework;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's answers to one homework, one document per (homework, respondent):
 * answering a question again replaces that answer. Summaries show answers without names,
 * so the document names nobody: {@code respondent} is a keyed hash of homework and person
 * ({@link HomeworkRespondents}), and the time is kept to the day.
 *
 * @param organisation the respondent's organisation when it has at least five members in
 * the network, else null
 * @param answers the answer text by question number ("1", "2", ...)
 */
@Document("homework_answers")
record HomeworkAnswers(@Id String id, @Indexed String homeworkId, String respondent, String organisation,
		Map<String, String> answers, Instant updatedAt) {

	HomeworkAnswers {
		answers = answers == null ? Map.of() : Map.copyOf(answers);
	}

	static String idOf(String homeworkId, String respondent) {
		return homeworkId + ":" + respondent;
	}

	boolean complete(Homework homework) {
		for (int n = 1; n <= homework.questions().size(); n++) {
			String answer = answers.get(Integer.toString(n));
			if (answer == null || answer.isBlank()) {
				return false;
			}
		}
		return true;
	}

	int count() {
		return (int) answers.values().stream().filter(a -> a != null && !a.isBlank()).count();
	}

}
