package se.samverka.evaluation;

/**
 * How one statement was answered.
 *
 * @param key stable: potential, learning, trust, dialogue, ambition, responsibility
 * @param average the mean of the answers, 1.0 to 5.0
 * @param counts how many answered 1, 2, 3, 4 and 5 (index 0 to 4)
 */
public record StatementResult(String key, String labelSv, String labelEn, double average, int[] counts) {
}
