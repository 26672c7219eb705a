package se.samverka.evaluation;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's answer to one evaluation, without the person: {@code respondent} is a
 * keyed hash of evaluation and person (see {@link Respondents}), so each person has one
 * answer, answering again replaces it, and reminders know who has answered, yet the
 * stored answers name nobody. No time is kept either, so an answer cannot be matched to
 * the moment someone was seen answering.
 *
 * @param organisation the respondent's organisation, for the breakdown of large enough
 * groups
 * @param scores 1–5 per statement, in {@link Statement} order
 * @param comment the free-text line, or null
 */
@Document("evaluation_answers")
record EvaluationAnswer(@Id String id, @Indexed String evaluationId, String respondent, String organisation,
		List<Integer> scores, String comment) {

	EvaluationAnswer {
		scores = List.copyOf(scores);
	}

	static String idOf(String evaluationId, String respondent) {
		return evaluationId + ":" + respondent;
	}

}
