package se.samverka.poll;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vote as typed after {@code vote}: the answer last (any word the card shows:
 * {@code ja}, {@code kanske}, {@code om det behövs}, {@code maybe}, {@code if need be}),
 * before it the option by number or by its label, and first, optionally, the poll's
 * number. Text such as {@code 1 29 sep} can be read two ways (option {@code 29 sep} in
 * poll 1, or option {@code 1 29 sep} in the newest open poll): the readings come in the
 * order to try them.
 */
record TypedVote(Answer answer, List<Reading> readings) {

	private static final Pattern NUMBERS = Pattern.compile("^#?(\\d{1,6})\\s+(\\d{1,6})$");

	private static final Pattern NUMBER = Pattern.compile("^(\\d{1,6})$");

	private static final Pattern POLL_AND_LABEL = Pattern.compile("^(#?)(\\d{1,6})\\s+(.+)$", Pattern.DOTALL);

	private static final int LONGEST_ANSWER = 3;

	static Optional<TypedVote> parse(String args) {
		// commas between the parts ({@code 1, 29 sep, ja}) separate like spaces
		String[] words = args.replace(',', ' ').strip().replaceAll("[.!]+$", "").split("\\s+");
		for (int n = Math.min(LONGEST_ANSWER, words.length - 1); n >= 1; n--) {
			Optional<Answer> answer = AnswerWords
				.parse(String.join(" ", List.of(words).subList(words.length - n, words.length)));
			if (answer.isPresent()) {
				String rest = String.join(" ", List.of(words).subList(0, words.length - n));
				return Optional.of(new TypedVote(answer.get(), readings(rest)));
			}
		}
		return Optional.empty();
	}

	private static List<Reading> readings(String rest) {
		Matcher numbers = NUMBERS.matcher(rest);
		if (numbers.matches()) {
			return List.of(new Reading(Integer.valueOf(numbers.group(1)), numbers.group(2)));
		}
		if (NUMBER.matcher(rest).matches()) {
			return List.of(new Reading(null, rest));
		}
		Matcher labelled = POLL_AND_LABEL.matcher(rest);
		if (labelled.matches()) {
			Reading inPoll = new Reading(Integer.valueOf(labelled.group(2)), labelled.group(3));
			return labelled.group(1).isEmpty() ? List.of(inPoll, new Reading(null, rest)) : List.of(inPoll);
		}
		return List.of(new Reading(null, rest));
	}

	/**
	 * @param poll the poll's number, or null for the newest open poll
	 * @param option the option's number or label as typed
	 */
	record Reading(Integer poll, String option) {

		boolean byNumber() {
			return NUMBER.matcher(option).matches();
		}

	}

}
