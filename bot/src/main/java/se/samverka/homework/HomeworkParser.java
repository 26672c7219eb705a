package se.samverka.homework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import se.samverka.chat.IdentityNumbers;

/**
 * Reads {@code <due YYYY-MM-DD> | <question> | <question>}, or the due date on the first
 * line and one question per further line (what the form sends).
 */
class HomeworkParser {

	static final int MAX_QUESTIONS = 10;

	static final int MAX_QUESTION = 500;

	record Draft(LocalDate due, List<String> questions) {
	}

	Draft parse(String text, LocalDate today) throws HomeworkProblem {
		String trimmed = text == null ? "" : text.strip();
		List<String> parts = new ArrayList<>();
		for (String part : trimmed.split(trimmed.contains("|") ? "\\|" : "\\R")) {
			String clean = part.strip().replaceFirst("^[-•*]\\s*", "");
			if (!clean.isEmpty()) {
				parts.add(clean);
			}
		}
		if (parts.isEmpty()) {
			throw new HomeworkProblem("homework.problem.usage");
		}
		LocalDate due;
		String first = parts.get(0).replaceFirst("(?i)^(due|senast|klar)\\s*:?\\s*", "");
		try {
			due = LocalDate.parse(first);
		}
		catch (DateTimeParseException notADate) {
			throw new HomeworkProblem("homework.problem.no-due", parts.get(0));
		}
		if (due.isBefore(today)) {
			throw new HomeworkProblem("homework.problem.due-past", due.toString());
		}
		List<String> questions = parts.subList(1, parts.size());
		if (questions.isEmpty()) {
			throw new HomeworkProblem("homework.problem.no-questions");
		}
		if (questions.size() > MAX_QUESTIONS) {
			throw new HomeworkProblem("homework.problem.too-many", questions.size(), MAX_QUESTIONS);
		}
		for (String question : questions) {
			if (question.length() > MAX_QUESTION) {
				throw new HomeworkProblem("homework.problem.question-long", MAX_QUESTION);
			}
			if (IdentityNumbers.containsAny(question)) {
				throw new HomeworkProblem("homework.problem.identity-number");
			}
		}
		return new Draft(due, List.copyOf(questions));
	}

}
