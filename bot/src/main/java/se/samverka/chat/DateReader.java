package se.samverka.chat;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and times the way people write them, everywhere a date or time is typed:
 * {@code 2027-09-29}, {@code 29/9}, {@code 29/9 2027}, {@code 29 sep},
 * {@code 29 september 2027}, {@code den 29 sep}, {@code ons 29/9},
 * {@code fredagen den 4 juni 2021}, ranges ({@code 29–30 sep}, {@code 29/9–1/10},
 * {@code 2027-09-29–30}), times ({@code 9.25}, {@code 09:25}, {@code kl 9.25},
 * {@code kl. 13}), {@code idag}, {@code imorgon}, {@code i morgon kl 12},
 * {@code på fredag 12:00}, and the English {@code Sep 29}, {@code 29 Sep 2027},
 * {@code today}, {@code tomorrow 12:00}, {@code on Friday 12:00}. Both languages' words
 * are understood from everyone; the locale only decides the language of problems and
 * examples. A date without a year is the next such date from {@code today} (today
 * included); a weekday alone is the next one after today. Day before month, always.
 */
public final class DateReader {

	/**
	 * What was read: the day, the last day of a range (or null), the time (or null), and
	 * the text after the date (for {@link #leading}; empty otherwise).
	 */
	public record Reading(LocalDate start, LocalDate end, LocalTime time, String rest) {

		public boolean isRange() {
			return end != null;
		}

		/** The day at the time read, or at {@code otherwise} when no time was written. */
		public LocalDateTime at(LocalTime otherwise) {
			return start.atTime(time == null ? otherwise : time);
		}

		/**
		 * That moment in the zone: a time that does not exist (the hour skipped in
		 * spring) is moved on by the gap, a time that happens twice (in autumn) is the
		 * first.
		 */
		public java.time.Instant instant(LocalTime otherwise, ZoneId zone) {
			return at(otherwise).atZone(zone).toInstant();
		}

	}

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

	private final LocalDate today;

	private final Locale locale;

	public DateReader(LocalDate today, Locale locale) {
		this.today = today;
		this.locale = locale;
	}

	/** A reader for today in the network's zone. */
	public static DateReader at(Clock clock, ZoneId zone, Locale locale) {
		return new DateReader(LocalDate.ofInstant(clock.instant(), zone), locale);
	}

	public LocalDate today() {
		return today;
	}

	public Locale locale() {
		return locale;
	}

	/** A day or range, optionally with a time, and nothing else. */
	public Reading day(String text) throws DateProblem {
		return whole(text, false);
	}

	/** Like {@link #day}, but a time alone is today at that time (deadlines). */
	public Reading moment(String text) throws DateProblem {
		return whole(text, true);
	}

	/**
	 * A calendar date (or range) at the start of the text, with the rest after it: an
	 * agenda's date line ("29/9 Växjö"), a poll option ("29 sep förmiddag"). Empty when
	 * the text does not start with a date; a weekday or "tomorrow" alone is no calendar
	 * date here. A date that looks like one but does not exist is a problem.
	 */
	public Optional<Reading> leading(String text) throws DateProblem {
		Scan scan = new Scan(text == null ? "" : text);
		Reading days = scan.days(true);
		if (days == null) {
			return Optional.empty();
		}
		LocalTime time = scan.time();
		if (time != null) {
			scan.skipEndOfTimeRange();
		}
		scan.space();
		return Optional.of(new Reading(days.start(), days.end(), time, scan.restOfText()));
	}

	/**
	 * A time of day written alone: {@code 9.25}, {@code 09:25}, {@code kl 9.25},
	 * {@code kl. 13}.
	 */
	public static Optional<LocalTime> time(String text) {
		Scan scan = new DateReader(LocalDate.EPOCH, Languages.SWEDISH).new Scan(text == null ? "" : text);
		try {
			LocalTime time = scan.time();
			return time != null && scan.done() ? Optional.of(time) : Optional.empty();
		}
		catch (DateProblem notATime) {
			return Optional.empty();
		}
	}

	/**
	 * A weekday's name in either language, full or short: {@code fre}, {@code Friday}.
	 */
	public static Optional<DayOfWeek> weekday(String word) {
		return DateWords.weekday(word.strip().toLowerCase(Locale.ROOT).replaceFirst("\\.$", ""));
	}

	private Reading whole(String text, boolean timeAlone) throws DateProblem {
		String typed = text == null ? "" : text.strip();
		if (typed.isEmpty()) {
			throw new DateProblem("date.problem.missing", DateTexts.examples(today, locale));
		}
		Scan scan = new Scan(typed);
		Reading days = scan.days(false);
		LocalTime time = null;
		if (days != null || timeAlone) {
			time = scan.time();
		}
		if (days == null && time != null) {
			days = new Reading(today, null, null, "");
		}
		if (days == null || !scan.done()) {
			throw new DateProblem("date.problem.unreadable", scan.failedWord(), DateTexts.examples(today, locale));
		}
		return new Reading(days.start(), days.end(), time, "");
	}

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

	/** One pass over a text, with where it stands and how far any attempt got. */
	private final class Scan {

		private final String text;

		private final String s;

		private int pos;

		private int failAt;

		Scan(String text) {
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
		 * "kl. 08:30-09:30" after a date: the end of the range says nothing about the
		 * day.
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
		Reading days(boolean calendarOnly) throws DateProblem {
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
			Reading range = range();
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

		private Reading single(LocalDate day) {
			return new Reading(day, null, null, "");
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

		Reading range() throws DateProblem {
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
			return new Reading(start, end, null, "");
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
					return sameYear.isBefore(start) && part.month.compareTo(start.getMonth()) < 0
							? sameYear.plusYears(1) : sameYear;
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
			return new DateProblem("date.problem.no-such-day", typed, DateTexts.examples(today, locale));
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

}
