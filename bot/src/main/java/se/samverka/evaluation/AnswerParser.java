package se.samverka.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverka.chat.IdentityNumbers;
import se.samverka.chat.InputProblem;

/**
 * Reads an answer: typed as {@code [meeting] 4 5 3 4 5 4 [| comment]}, or as the form
 * sends it (the meeting after the command, the scores and the comment as inputs named
 * after the statements). With seven numbers first the first is the meeting; the comment
 * follows a {@code |}, or, without one, whatever follows the scores.
 */
final class AnswerParser {

	static final int MAX_COMMENT = 1_000;

	static final String COMMENT_INPUT = "comment";

	private static final int COUNT = Statement.ALL.size();

	private static final Pattern WORD = Pattern.compile("\\S+");

	/**
	 * @param meeting the meeting's number, or null for the person's newest open
	 * evaluation
	 */
	record Draft(Integer meeting, List<Integer> scores, String comment) {
	}

	private AnswerParser() {
	}

	static Draft parse(String text) throws InputProblem {
		String trimmed = text == null ? "" : text.strip().replaceFirst("^#", "");
		int bar = trimmed.indexOf('|');
		String head = bar < 0 ? trimmed : trimmed.substring(0, bar);
		List<String> tokens = new ArrayList<>();
		List<Integer> ends = new ArrayList<>();
		Matcher word = WORD.matcher(head);
		while (word.find()) {
			tokens.add(word.group());
			ends.add(word.end());
		}
		int first = tokens.size() > COUNT && tokens.subList(0, COUNT + 1).stream().allMatch(AnswerParser::isNumber) ? 1
				: 0;
		if (tokens.size() < first + COUNT) {
			throw new InputProblem("evaluation.answer.usage");
		}
		List<Integer> scores = new ArrayList<>();
		for (String token : tokens.subList(first, first + COUNT)) {
			scores.add(score(token));
		}
		String rest = head.substring(ends.get(first + COUNT - 1)).strip();
		if (bar >= 0 && !rest.isEmpty()) {
			throw new InputProblem("evaluation.answer.usage");
		}
		Integer meeting = first == 1 ? Integer.valueOf(tokens.get(0)) : null;
		return new Draft(meeting, List.copyOf(scores), comment(bar >= 0 ? trimmed.substring(bar + 1) : rest));
	}

	/** What a form sent: the scores by input id, the comment as its own input. */
	static Draft fromForm(String args, Map<String, String> inputs) throws InputProblem {
		String first = args == null ? "" : args.strip().replaceFirst("^#", "").split("\\s+")[0];
		Integer meeting = isNumber(first) ? Integer.valueOf(first) : null;
		List<Integer> scores = new ArrayList<>();
		for (Statement statement : Statement.ALL) {
			String value = inputs.getOrDefault(statement.inputId(), "").strip();
			if (value.isEmpty()) {
				throw new InputProblem("evaluation.answer.missing");
			}
			scores.add(score(value));
		}
		return new Draft(meeting, List.copyOf(scores), comment(inputs.get(COMMENT_INPUT)));
	}

	static boolean isForm(Map<String, String> inputs) {
		return inputs != null && Statement.ALL.stream().anyMatch(s -> inputs.containsKey(s.inputId()));
	}

	private static boolean isNumber(String token) {
		return token.matches("\\d{1,6}");
	}

	private static int score(String token) throws InputProblem {
		if (!isNumber(token)) {
			throw new InputProblem("evaluation.answer.usage");
		}
		int score = Integer.parseInt(token);
		if (score < Statement.LOWEST || score > Statement.HIGHEST) {
			throw new InputProblem("evaluation.answer.out-of-range", token);
		}
		return score;
	}

	private static String comment(String text) throws InputProblem {
		String comment = text == null ? "" : text.strip();
		if (comment.length() > MAX_COMMENT) {
			throw new InputProblem("evaluation.answer.too-long", comment.length(), MAX_COMMENT);
		}
		if (IdentityNumbers.containsAny(comment)) {
			throw new InputProblem("evaluation.answer.identity-number");
		}
		return comment.isEmpty() ? null : comment;
	}

}
