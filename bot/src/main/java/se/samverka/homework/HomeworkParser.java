package se.samverka.homework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.samverka.chat.DateProblem;
import se.samverka.chat.DateReader;
import se.samverka.chat.DateTexts;
import se.samverka.chat.IdentityNumbers;
import se.samverka.chat.Languages;

/**
 * Reads {@code <due day> | <question> | <question>}, or the due day on the first line and
 * one question per further line (what the form sends).
 */
class HomeworkParser {

	static final int MAX_QUESTIONS = 10;

	static final int MAX_QUESTION = 500;

	record Draft(LocalDate due, List<String> questions) {
	}

	Draft parse(String text, LocalDate today) throws HomeworkProblem {
		return parse(text, new DateReader(today, Languages.SWEDISH));
	}

	/**
	 * The due day is any date {@link DateReader} reads ({@code 30 apr}, {@code 30/4},
	 * {@code fredag}); a question written right after it, without {@code |}, is a missing
	 * {@code |}.
	 */
	Draft parse(String text, DateReader dates) throws HomeworkProblem {
		String trimmed = text == null ? "" : text.strip();
		List<String> parts = new ArrayList<>();
		for (String part : trimmed.split(trimmed.contains("|") ? "\\|" : "\\R")) {
			String clean = part.strip().replaceFirst("^[-•*]\\s*", "");
			if (!clean.isEmpty()) {
				parts.add(clean);
			}
		}
		String example = DateTexts.shortDay(DateTexts.exampleDay(dates.today()), dates.locale());
		if (parts.isEmpty()) {
			throw new HomeworkProblem("homework.problem.usage", example);
		}
		String first = parts.get(0).replaceFirst("(?iu)^(due|senast|klar|sista dag)\\s*:?\\s*", "");
		LocalDate due = due(first, dates, example);
		if (due.isBefore(dates.today())) {
			throw new HomeworkProblem("homework.problem.due-past", DateTexts.day(due, dates.locale()));
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

	private static LocalDate due(String first, DateReader dates, String example) throws HomeworkProblem {
		try {
			Optional<DateReader.Reading> leading = dates.leading(first);
			if (leading.isPresent() && !leading.get().rest().isEmpty()) {
				String date = first.substring(0, first.length() - leading.get().rest().length()).strip();
				throw new HomeworkProblem("homework.problem.missing-bar", date, leading.get().rest());
			}
			DateReader.Reading read = dates.day(first);
			if (read.isRange()) {
				throw new HomeworkProblem("homework.problem.one-day", first);
			}
			return read.start();
		}
		catch (DateProblem problem) {
			if (problem.key().equals("date.problem.unreadable")) {
				throw new HomeworkProblem("homework.problem.no-due", problem.arguments()[0], example);
			}
			throw new HomeworkProblem(problem.key(), problem.arguments());
		}
	}

}
