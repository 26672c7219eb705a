package se.samverka.poll;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverka.chat.IdentityNumbers;

/**
 * Reads a typed poll. On one line the parts are separated by {@code |}; otherwise the
 * first line is the question and every further line an option. A part or line that is
 * {@code deadline}, {@code sista dag} or {@code stänger} (colon optional) followed by
 * {@code YYYY-MM-DD HH:MM} is the deadline, in the network's zone;
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

	private static final Pattern DEADLINE_TIME = Pattern
		.compile("^(\\d{4}-\\d{2}-\\d{2})[ T]+(?:kl\\.?\\s*)?(\\d{1,2}[:.]\\d{2})$");

	private static final Pattern DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");

	private static final String DASH = "\\s*[–—-]\\s*";

	private static final Pattern RANGE_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})" + DASH + "(\\d{1,2})$");

	private static final Pattern RANGE_MONTH_DAY = Pattern
		.compile("^(\\d{4})-(\\d{2}-\\d{2})" + DASH + "(\\d{2}-\\d{2})$");

	private static final Pattern RANGE_DATES = Pattern
		.compile("^(\\d{4}-\\d{2}-\\d{2})" + DASH + "(\\d{4}-\\d{2}-\\d{2})$");

	private static final Pattern BULLET = Pattern.compile("^(?:[-*•]\\s+|\\d{1,2}[.)]\\s+)");

	private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Set<String> ANONYMOUS = Set.of("anonym", "anonymt", "anonymous", "anon");

	private static final Set<String> QUORUM = Set.of("kvorum", "quorum");

	/** A poll as typed, before it is stored. */
	record Draft(String question, List<PollOption> options, Instant deadline, boolean anonymous, boolean quorum) {
	}

	Draft parse(String text, ZoneId zone, Instant now) {
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
			throw new PollProblem("poll.problem.usage");
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
				deadline = deadline(d.group(2).strip(), zone, now);
			}
			else {
				if (part.length() > MAX_OPTION) {
					throw new PollProblem("poll.problem.option-too-long", options.size() + 1, MAX_OPTION);
				}
				if (!seen.add(folded.replaceAll("\\s+", " "))) {
					throw new PollProblem("poll.problem.duplicate", part);
				}
				options.add(option(options.size() + 1, part));
			}
		}
		if (options.size() > MAX_OPTIONS) {
			throw new PollProblem("poll.problem.too-many", options.size(), MAX_OPTIONS);
		}
		if (options.isEmpty()) {
			throw new PollProblem("poll.problem.usage");
		}
		if (options.size() < MIN_OPTIONS) {
			throw new PollProblem("poll.problem.too-few", options.size(), MIN_OPTIONS);
		}
		return new Draft(question, options, deadline, anonymous, quorum);
	}

	static Instant deadline(String text, ZoneId zone, Instant now) {
		Matcher m = DEADLINE_TIME.matcher(text);
		if (!m.matches()) {
			throw new PollProblem("poll.problem.deadline-format", text);
		}
		Instant deadline;
		try {
			String time = m.group(2).replace('.', ':');
			if (time.length() == 4) {
				time = "0" + time;
			}
			deadline = LocalDateTime.of(LocalDate.parse(m.group(1), STRICT_DATE), java.time.LocalTime.parse(time))
				.atZone(zone)
				.toInstant();
		}
		catch (DateTimeException ex) {
			throw new PollProblem("poll.problem.deadline-format", text);
		}
		if (!deadline.isAfter(now)) {
			throw new PollProblem("poll.problem.deadline-past", text);
		}
		return deadline;
	}

	static PollOption option(int number, String label) {
		Matcher range;
		if (DATE.matcher(label).matches()) {
			return new PollOption(number, label, date(label), null);
		}
		if ((range = RANGE_DATES.matcher(label)).matches()) {
			return range(number, label, date(range.group(1)), date(range.group(2)));
		}
		if ((range = RANGE_MONTH_DAY.matcher(label)).matches()) {
			return range(number, label, date(range.group(1) + "-" + range.group(2)),
					date(range.group(1) + "-" + range.group(3)));
		}
		if ((range = RANGE_DAY.matcher(label)).matches()) {
			LocalDate start = date(range.group(1));
			String day = range.group(2).length() == 1 ? "0" + range.group(2) : range.group(2);
			return range(number, label, start, date(range.group(1).substring(0, 8) + day));
		}
		return new PollOption(number, label, null, null);
	}

	private static PollOption range(int number, String label, LocalDate start, LocalDate end) {
		if (!end.isAfter(start)) {
			throw new PollProblem("poll.problem.range-backwards", label);
		}
		return new PollOption(number, label, start, end);
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text, STRICT_DATE);
		}
		catch (DateTimeException ex) {
			throw new PollProblem("poll.problem.bad-date", text);
		}
	}

}
