package se.samverka.chat;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass of {@link DateReader} over a text: the grammar of written dates, with where it
 * stands and how far any attempt got (so a problem can name the word that is not a date).
 * Each part is tried with a pattern at the current position and given back when what
 * follows does not fit.
 */
final class DateScan {

	private static final String END = "(?![\\p{L}\\d])";

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + END);

	private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})-(\\d{1,2})" + END);

	private static final Pattern SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?" + END);

	private static final Pattern NUMBER = Pattern.compile("(\\d{1,2})(?::?e|:?a|st|nd|rd|th)?\\.?" + END);

	private static final Pattern WORD = Pattern.compile("(\\p{L}+)\\.?" + END);

	private static final Pattern YEAR = Pattern.compile("(\\d{4})" + END);

	private static final Pattern DASH = Pattern.compile("-|(?:till|to|until)" + END);

	private static final Pattern FILLER = Pattern.compile("(?:den|the|on|på|pa)" + END);

	private static final Pattern OF = Pattern.compile("of" + END);

	private static final Pattern RELATIVE = Pattern
		.compile("(i\\s*dag|today|i\\s*morgon|tomorrow|i\\s*övermorgon|övermorgon|i\\s*overmorgon|overmorgon)" + END);

	private static final Pattern TIME = Pattern
		.compile("(?:(kl\\.?|klockan|at|@)\\s*)?(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s*(am|pm))?" + END);

	/** A date as written, before its year and month are known. */
	private static final class Part {

		final int from;

		Integer day;

		Month month;

		Integer year;

		boolean iso;

		boolean yearFromOther;

		boolean badMonth;

		int to;

		Part(int from) {
			this.from = from;
		}

	}

	private final String text;

	private final String s;

	private int pos;

	private int failAt;

	private final LocalDate today;

	private final Locale locale;

	DateScan(String text, LocalDate today, Locale locale) {
		this.today = today;
		this.locale = locale;
		this.text = text;
		this.s = text.toLowerCase(Locale.ROOT)
			.replace('–', '-')
			.replace('—', '-')
			.replace('−', '-')
			.replace('\u00a0', ' ')
			.replace('\u202f', ' ');
	}

	void space() {
		while (pos < s.length() && (Character.isWhitespace(s.charAt(pos)) || s.charAt(pos) == ',')) {
			pos++;
		}
	}

	Matcher take(Pattern pattern) {
		space();
		Matcher m = pattern.matcher(s).region(pos, s.length()).useTransparentBounds(true);
		if (m.lookingAt()) {
			pos = m.end();
			return m;
		}
		failAt = Math.max(failAt, pos);
		return null;
	}

	/**
	 * "kl. 08:30-09:30" after a date: the end of the range says nothing about the day.
	 */
	void skipEndOfTimeRange() throws DateProblem {
		int at = pos;
		if (take(DASH) == null || time() == null) {
			pos = at;
		}
	}

	boolean done() {
		space();
		while (pos < s.length() && ".!?".indexOf(s.charAt(pos)) >= 0) {
			pos++;
		}
		space();
		return pos >= s.length();
	}

	String restOfText() {
		String source = s.length() == text.length() ? text : s;
		return source.substring(Math.min(pos, source.length())).strip();
	}

	/** The whole word around the furthest point any attempt reached. */
	String failedWord() {
		int at = Math.min(Math.max(failAt, pos), s.length() - 1);
		while (at > 0 && at < s.length() && Character.isWhitespace(s.charAt(at))) {
			at++;
		}
		int from = at;
		while (from > 0 && !Character.isWhitespace(s.charAt(from - 1))) {
			from--;
		}
		int to = at;
		while (to < s.length() && !Character.isWhitespace(s.charAt(to))) {
			to++;
		}
		String source = s.length() == text.length() ? text : s;
		return source.substring(from, to).replaceAll("[,.!?]+$", "");
	}

	/** A day or range, with an optional weekday and "den"/"on" before it. */
	DateReader.Reading days(boolean calendarOnly) throws DateProblem {
		int begin = pos;
		take(FILLER);
		if (!calendarOnly) {
			Matcher relative = take(RELATIVE);
			if (relative != null) {
				return single(relativeDay(relative.group(1)));
			}
		}
		DayOfWeek weekday = weekdayWord();
		if (weekday != null) {
			take(FILLER);
		}
		DateReader.Reading range = range();
		if (range == null) {
			if (weekday != null && !calendarOnly) {
				LocalDate next = today.plusDays(1);
				while (next.getDayOfWeek() != weekday) {
					next = next.plusDays(1);
				}
				return single(next);
			}
			pos = begin;
			return null;
		}
		if (weekday != null && range.start().getDayOfWeek() != weekday) {
			throw new DateProblem("date.problem.weekday", DateTexts.day(range.start(), locale),
					weekday.getDisplayName(TextStyle.FULL, locale));
		}
		return range;
	}

	private DateReader.Reading single(LocalDate day) {
		return new DateReader.Reading(day, null, null, "");
	}

	private LocalDate relativeDay(String word) {
		String w = word.replaceAll("\\s+", "");
		if (w.endsWith("övermorgon") || w.endsWith("overmorgon")) {
			return today.plusDays(2);
		}
		return w.endsWith("morgon") || w.equals("tomorrow") ? today.plusDays(1) : today;
	}

	private DayOfWeek weekdayWord() {
		int at = pos;
		Matcher word = take(WORD);
		Optional<DayOfWeek> day = word == null ? Optional.empty() : DateWords.weekday(word.group(1));
		if (day.isEmpty()) {
			pos = at;
		}
		return day.orElse(null);
	}

	private Month monthWord() {
		int at = pos;
		space();
		int word = pos;
		Matcher m = take(WORD);
		Optional<Month> month = m == null ? Optional.empty() : DateWords.month(m.group(1));
		if (month.isEmpty()) {
			failAt = Math.max(failAt, word);
			pos = at;
		}
		return month.orElse(null);
	}

	DateReader.Reading range() throws DateProblem {
		int save = pos;
		Part a = part(null);
		if (a == null) {
			pos = save;
			return null;
		}
		int afterA = pos;
		Part b = null;
		if (take(DASH) != null) {
			b = part(a);
			if (b == null) {
				pos = afterA;
			}
		}
		if (b != null) {
			fill(a, b);
		}
		if (a.month == null) {
			failAt = Math.max(failAt, afterA);
			pos = save;
			return null;
		}
		LocalDate start = resolve(a, null);
		LocalDate end = b == null ? null : resolve(b, start);
		if (end != null && a.yearFromOther && end.isBefore(start)) {
			start = start.minusYears(1);
		}
		if (end != null && !end.isAfter(start)) {
			throw new DateProblem("date.problem.backwards", typed(a.from, b.to));
		}
		return new DateReader.Reading(start, end, null, "");
	}

	private void fill(Part a, Part b) {
		if (a.month == null) {
			a.month = b.month;
		}
		if (b.month == null) {
			b.month = a.month;
		}
		if (a.year == null && b.year != null) {
			a.year = b.year;
			a.yearFromOther = true;
		}
		if (b.year == null && a.year != null && !a.yearFromOther) {
			b.year = a.year;
		}
	}

	private Part part(Part previous) {
		space();
		Part part = new Part(pos);
		Matcher m;
		if ((m = take(ISO)) != null) {
			part.year = Integer.valueOf(m.group(1));
			part.month = month(part, m.group(2));
			part.day = Integer.valueOf(m.group(3));
			part.iso = true;
		}
		else if (previous != null && previous.iso && (m = take(MONTH_DAY)) != null) {
			part.month = month(part, m.group(1));
			part.day = Integer.valueOf(m.group(2));
		}
		else if ((m = take(SLASH)) != null) {
			part.day = Integer.valueOf(m.group(1));
			part.month = month(part, m.group(2));
			part.year = m.group(3) == null ? null : year(m.group(3));
			optionalYear(part);
		}
		else {
			Month first = monthWord();
			Matcher number = take(NUMBER);
			if (number == null) {
				pos = part.from;
				return null;
			}
			part.day = Integer.valueOf(number.group(1));
			if (first == null) {
				int afterNumber = pos;
				take(OF);
				first = monthWord();
				if (first == null) {
					pos = afterNumber;
				}
			}
			part.month = first;
			if (first != null) {
				optionalYear(part);
			}
		}
		part.to = pos;
		return part;
	}

	private void optionalYear(Part part) {
		if (part.year == null) {
			Matcher year = take(YEAR);
			if (year != null) {
				part.year = Integer.valueOf(year.group(1));
			}
		}
	}

	/** Month 13 is remembered as such and refused as a day that does not exist. */
	private Month month(Part part, String number) {
		int m = Integer.parseInt(number);
		if (m < 1 || m > 12) {
			part.badMonth = true;
			return Month.JANUARY;
		}
		return Month.of(m);
	}

	private Integer year(String digits) {
		return digits.length() == 2 ? 2000 + Integer.parseInt(digits) : Integer.valueOf(digits);
	}

	private LocalDate resolve(Part part, LocalDate start) throws DateProblem {
		String typed = typed(part.from, part.to);
		if (part.badMonth || part.day < 1 || part.day > 31) {
			throw noSuchDay(typed);
		}
		try {
			if (part.year != null) {
				return LocalDate.of(part.year, part.month, part.day);
			}
			if (start != null) {
				LocalDate sameYear = LocalDate.of(start.getYear(), part.month, part.day);
				return sameYear.isBefore(start) && part.month.compareTo(start.getMonth()) < 0 ? sameYear.plusYears(1)
						: sameYear;
			}
		}
		catch (DateTimeException noSuchDay) {
			throw noSuchDay(typed);
		}
		for (int year = today.getYear(); year <= today.getYear() + 8; year++) {
			if (part.day <= part.month.length(java.time.Year.isLeap(year))) {
				LocalDate day = LocalDate.of(year, part.month, part.day);
				if (!day.isBefore(today)) {
					return day;
				}
			}
		}
		throw noSuchDay(typed);
	}

	private DateProblem noSuchDay(String typed) {
		return DateProblem.with("date.problem.no-such-day", typed, DateTexts.examples(today, locale));
	}

	private String typed(int from, int to) {
		String source = s.length() == text.length() ? text : s;
		return source.substring(from, Math.min(to, source.length())).strip();
	}

	/**
	 * A time, with or without "kl"; a bare number only after "kl", "klockan" or "at".
	 */
	LocalTime time() throws DateProblem {
		int at = pos;
		Matcher m = take(TIME);
		if (m == null) {
			return null;
		}
		if (m.group(1) == null && m.group(3) == null && m.group(4) == null) {
			pos = at;
			return null;
		}
		int hour = Integer.parseInt(m.group(2));
		int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
		if (m.group(4) != null) {
			if (hour < 1 || hour > 12) {
				throw new DateProblem("date.problem.bad-time", typed(m.start(), m.end()));
			}
			hour = hour % 12 + (m.group(4).equals("pm") ? 12 : 0);
		}
		if (hour > 23 || minute > 59) {
			throw new DateProblem("date.problem.bad-time", typed(m.start(), m.end()));
		}
		return LocalTime.of(hour, minute);
	}

}
