package se.samverka.chat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates written out in full, the way the bot says which date it understood ("onsdag 29
 * september 2027", "Wednesday 29 September 2027"), and examples of dates to type,
 * relative to today.
 */
public final class DateTexts {

	private static final DateTimeFormatter SWEDISH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu",
			Languages.SWEDISH);

	private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu",
			Languages.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	private static final String[] SWEDISH_SHORT = { "jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep",
			"okt", "nov", "dec" };

	private static final String[] ENGLISH_SHORT = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
			"Oct", "Nov", "Dec" };

	private DateTexts() {
	}

	/** "onsdag 29 september 2027". */
	public static String day(LocalDate date, Locale locale) {
		return (Languages.isEnglish(locale) ? ENGLISH_DAY : SWEDISH_DAY).format(date);
	}

	/** One day, or "onsdag 29 september 2027 – torsdag 30 september 2027" for a range. */
	public static String days(LocalDate start, LocalDate end, Locale locale) {
		return end == null ? day(start, locale) : day(start, locale) + " – " + day(end, locale);
	}

	/** "onsdag 29 september 2027 kl. 12:00", "Wednesday 29 September 2027 at 12:00". */
	public static String moment(LocalDateTime at, Locale locale) {
		return day(at.toLocalDate(), locale) + (Languages.isEnglish(locale) ? " at " : " kl. ")
				+ TIME.format(at.toLocalTime());
	}

	/** A short date as people type it: "29 sep", "Sep 29". */
	public static String shortDay(LocalDate date, Locale locale) {
		int month = date.getMonthValue() - 1;
		return Languages.isEnglish(locale) ? ENGLISH_SHORT[month] + " " + date.getDayOfMonth()
				: date.getDayOfMonth() + " " + SWEDISH_SHORT[month];
	}

	/** Several days as people type them: "29–30 sep", "29 sep–1 okt", "Sep 29–30". */
	public static String shortRange(LocalDate start, LocalDate end, Locale locale) {
		if (start.getMonth() != end.getMonth()) {
			return shortDay(start, locale) + "–" + shortDay(end, locale);
		}
		return Languages.isEnglish(locale) ? shortDay(start, locale) + "–" + end.getDayOfMonth()
				: start.getDayOfMonth() + "–" + shortDay(end, locale);
	}

	/**
	 * Three ways to type a date about four weeks from today, for a message that joins
	 * them in its own language: "3/1", "3 jan" ("Jan 3"), "2027-01-03".
	 */
	public static String[] examples(LocalDate today, Locale locale) {
		LocalDate day = exampleDay(today);
		return new String[] { day.getDayOfMonth() + "/" + day.getMonthValue(), shortDay(day, locale), day.toString() };
	}

	/** The day the examples are about: four weeks from today. */
	public static LocalDate exampleDay(LocalDate today) {
		return today.plusWeeks(4);
	}

}
