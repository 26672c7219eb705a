package se.samverka.chat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

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
		DateScan scan = new DateScan(text == null ? "" : text, today, locale);
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
		DateScan scan = new DateScan(text == null ? "" : text, LocalDate.EPOCH, Languages.SWEDISH);
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
			throw new DateProblem("date.problem.missing", (Object[]) DateTexts.examples(today, locale));
		}
		DateScan scan = new DateScan(typed, today, locale);
		Reading days = scan.days(false);
		LocalTime time = null;
		if (days != null || timeAlone) {
			time = scan.time();
		}
		if (days == null && time != null) {
			days = new Reading(today, null, null, "");
		}
		if (days == null || !scan.done()) {
			throw DateProblem.with("date.problem.unreadable", scan.failedWord(), DateTexts.examples(today, locale));
		}
		return new Reading(days.start(), days.end(), time, "");
	}

}
