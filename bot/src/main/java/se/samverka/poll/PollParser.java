package se.samverka.poll;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverka.chat.DateProblem;
import se.samverka.chat.DateReader;
import se.samverka.chat.DateTexts;
import se.samverka.chat.IdentityNumbers;
import se.samverka.chat.Languages;

/**
 * Reads a typed poll. On one line the parts are separated by {@code |}; otherwise the
 * first line is the question and every further line an option. A part or line that is
 * {@code deadline}, {@code sista dag} or {@code stänger} (colon optional) followed by a
 * date and time as {@link DateReader} reads them is the deadline, in the network's zone;
 * {@code anonym}/{@code anonymous} and {@code kvorum}/{@code quorum} alone are flags.
 * Every other part is an option: a date, a range of dates, or free text.
 */
class PollParser {

	static final int MIN_OPTIONS = 2;

	static final int MAX_OPTIONS = 25;

	static final int MAX_QUESTION = 300;

	static final int MAX_OPTION = 150;

	private static final Pattern DEADLINE = Pattern
		.compile("(?iu)^(deadline|sista dag|stänger|stanger|closes)\\s*:?\\s*(.*)$");

	private static final Pattern BULLET = Pattern.compile("^(?:[-*•]\\s+|\\d{1,2}[.)]\\s+)");

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

	private static final Set<String> ANONYMOUS = Set.of("anonym", "anonymt", "anonymous", "anon");

	private static final Set<String> QUORUM = Set.of("kvorum", "quorum");

	/** A poll as typed, before it is stored. */
	record Draft(String question, List<PollOption> options, Instant deadline, boolean anonymous, boolean quorum) {
	}

	Draft parse(String text, ZoneId zone, Instant now) {
		return parse(text, zone, now, Languages.SWEDISH);
	}

	Draft parse(String text, ZoneId zone, Instant now, Locale locale) {
		DateReader dates = new DateReader(LocalDate.ofInstant(now, zone), locale);
		String typed = text == null ? "" : text.strip();
		List<String> parts = new ArrayList<>();
		if (typed.contains("\n")) {
			String[] lines = typed.split("\\R");
			parts.addAll(List.of(lines[0].split("\\|")));
			for (int i = 1; i < lines.length; i++) {
				parts.add(BULLET.matcher(lines[i].strip()).replaceFirst(""));
			}
		}
		else {
			parts.addAll(List.of(typed.split("\\|")));
		}
		String question = parts.isEmpty() ? "" : parts.get(0).strip();
		if (question.isEmpty()) {
			throw new PollProblem("poll.problem.usage", (Object[]) examples(dates.today(), dates.locale()));
		}
		if (question.length() > MAX_QUESTION) {
			throw new PollProblem("poll.problem.question-too-long", MAX_QUESTION);
		}
		if (IdentityNumbers.containsAny(typed)) {
			throw new PollProblem("poll.problem.identity-number");
		}
		List<PollOption> options = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Instant deadline = null;
		boolean anonymous = false;
		boolean quorum = false;
		for (String raw : parts.subList(1, parts.size())) {
			String part = raw.strip();
			String folded = part.toLowerCase(Locale.ROOT);
			Matcher d = DEADLINE.matcher(part);
			if (part.isEmpty()) {
				continue;
			}
			if (ANONYMOUS.contains(folded)) {
				anonymous = true;
			}
			else if (QUORUM.contains(folded)) {
				quorum = true;
			}
			else if (d.matches()) {
				if (deadline != null) {
					throw new PollProblem("poll.problem.two-deadlines");
				}
				deadline = deadline(d.group(2).strip(), dates, zone, now);
			}
			else {
				if (part.length() > MAX_OPTION) {
					throw new PollProblem("poll.problem.option-too-long", options.size() + 1, MAX_OPTION);
				}
				if (!seen.add(folded.replaceAll("\\s+", " "))) {
					throw new PollProblem("poll.problem.duplicate", part);
				}
				options.add(option(options.size() + 1, part, dates));
			}
		}
		if (options.size() > MAX_OPTIONS) {
			throw new PollProblem("poll.problem.too-many", options.size(), MAX_OPTIONS);
		}
		if (options.isEmpty()) {
			String[] examples = examples(dates.today(), dates.locale());
			throw containsADate(question, dates) ? new PollProblem("poll.problem.no-bars", question, examples[0])
					: new PollProblem("poll.problem.usage", (Object[]) examples);
		}
		if (options.size() < MIN_OPTIONS) {
			throw new PollProblem("poll.problem.too-few", options.size(), MIN_OPTIONS);
		}
		return new Draft(question, options, deadline, anonymous, quorum);
	}

	/**
	 * Whether a date starts at one of the text's words: options typed without {@code |}.
	 */
	private static boolean containsADate(String text, DateReader dates) {
		java.util.regex.Matcher word = Pattern.compile("(?<![\\p{L}\\d])[\\p{L}\\d]").matcher(text);
		while (word.find()) {
			try {
				if (dates.leading(text.substring(word.start())).isPresent()) {
					return true;
				}
			}
			catch (DateProblem looksLikeOne) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Example options and a deadline relative to today, as people write them: a day, a
	 * range, another day, and a deadline with its time.
	 */
	static String[] examples(LocalDate today, Locale locale) {
		LocalDate day = DateTexts.exampleDay(today);
		return new String[] { DateTexts.shortDay(day, locale),
				DateTexts.shortRange(day.plusDays(7), day.plusDays(8), locale),
				DateTexts.shortDay(day.plusDays(14), locale),
				DateTexts.shortDay(today.plusDays(14), locale) + " 12:00" };
	}

	/**
	 * A deadline in the network's zone; without a time it is the end of that day, a time
	 * alone is today.
	 */
	static Instant deadline(String text, DateReader dates, ZoneId zone, Instant now) {
		Instant deadline;
		try {
			deadline = dates.moment(text).instant(END_OF_DAY, zone);
		}
		catch (DateProblem problem) {
			throw new PollProblem(problem.key(), problem.arguments());
		}
		if (!deadline.isAfter(now)) {
			throw new PollProblem("poll.problem.deadline-past",
					DateTexts.moment(LocalDateTime.ofInstant(deadline, zone), dates.locale()));
		}
		return deadline;
	}

	/**
	 * A date or range written the way people write it ({@code 29 sep}, {@code 29/9–1/10})
	 * is a date option, also with words after it ({@code 29 sep förmiddag}); anything
	 * else is free text. Two dates or a deadline inside one option are a missing
	 * {@code |}.
	 */
	static PollOption option(int number, String label, DateReader dates) {
		Optional<DateReader.Reading> read;
		try {
			read = dates.leading(label);
			if (read.isPresent() && (DEADLINE.matcher(read.get().rest()).matches()
					|| dates.leading(read.get().rest()).isPresent())) {
				throw new PollProblem("poll.problem.missing-bar", label);
			}
		}
		catch (DateProblem problem) {
			throw new PollProblem(problem.key(), problem.arguments());
		}
		return read.map(date -> new PollOption(number, label, date.start(), date.end()))
			.orElseGet(() -> new PollOption(number, label, null, null));
	}

}
