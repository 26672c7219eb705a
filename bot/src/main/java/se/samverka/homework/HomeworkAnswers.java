package se.samverka.homework;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's answers to one homework, one document per (homework, person): answering a
 * question again replaces that answer.
 *
 * @param answers the answer text by question number ("1", "2", ...)
 */
@Document("homework_answers")
record HomeworkAnswers(@Id String id, @Indexed String homeworkId, String personId, String organisation,
		Map<String, String> answers, Instant updatedAt) {

	HomeworkAnswers {
		answers = answers == null ? Map.of() : Map.copyOf(answers);
	}

	static String idOf(String homeworkId, String personId) {
		return homeworkId + ":" + personId;
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
