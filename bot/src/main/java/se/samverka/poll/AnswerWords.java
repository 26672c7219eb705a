package se.samverka.poll;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words for an answer, in Swedish and English, as typed or sent by a card's button.
 */
final class AnswerWords {

	private static final Map<String, Answer> WORDS = Map.ofEntries(Map.entry("yes", Answer.YES),
			Map.entry("ja", Answer.YES), Map.entry("maybe", Answer.MAYBE), Map.entry("kanske", Answer.MAYBE),
			Map.entry("om det behövs", Answer.MAYBE), Map.entry("om-det-behövs", Answer.MAYBE),
			Map.entry("om det behovs", Answer.MAYBE), Map.entry("om-det-behovs", Answer.MAYBE),
			Map.entry("if need be", Answer.MAYBE), Map.entry("if-need-be", Answer.MAYBE), Map.entry("no", Answer.NO),
			Map.entry("nej", Answer.NO));

	private AnswerWords() {
	}

	static Optional<Answer> parse(String typed) {
		String folded = typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		return Optional.ofNullable(WORDS.get(folded));
	}

	/** The word a button sends, the same whatever the person's language. */
	static String command(Answer answer) {
		return answer.name().toLowerCase(Locale.ROOT);
	}

}
