package se.samverka.evaluation;

import java.util.List;

/**
 * The results of one meeting's evaluation, as the digest and the archive read them.
 *
 * @param invited how many were asked
 * @param answered how many answered
 * @param shown whether there are enough answers (five, see
 * {@code EvaluationTally.SHOWN_FROM}) to show anything but the counts; when false,
 * {@code statements} and {@code comments} are empty
 * @param statements one per statement, in the survey's order
 * @param comments the free-text comments, without names or organisations
 */
public record EvaluationResults(int meetingNumber, int invited, int answered, boolean shown,
		List<StatementResult> statements, List<String> comments) {

	public EvaluationResults {
		statements = List.copyOf(statements);
		comments = List.copyOf(comments);
	}

}
