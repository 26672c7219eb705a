package se.samverka.chat;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names of months and weekdays as Swedes and English speakers write them, full or
 * short, with or without å/ä/ö ({@code lördag}, {@code lordag}), Swedish weekdays also in
 * their definite form ({@code fredagen}).
 */
final class DateWords {

	private static final Map<String, Month> MONTHS = months();

	private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

	private DateWords() {
	}

	static Optional<Month> month(String word) {
		return Optional.ofNullable(MONTHS.get(word));
	}

	static Optional<DayOfWeek> weekday(String word) {
		return Optional.ofNullable(WEEKDAYS.get(word));
	}

	private static Map<String, Month> months() {
		String[][] names = { { "januari", "jan", "january" }, { "februari", "feb", "february" },
				{ "mars", "mar", "march" }, { "april", "apr" }, { "maj", "may" }, { "juni", "jun", "june" },
				{ "juli", "jul", "july" }, { "augusti", "aug", "august" }, { "september", "sep", "sept" },
				{ "oktober", "okt", "october", "oct" }, { "november", "nov" }, { "december", "dec" } };
		Map<String, Month> months = new HashMap<>();
		for (int m = 0; m < names.length; m++) {
			for (String name : names[m]) {
				months.put(name, Month.of(m + 1));
			}
		}
		return Map.copyOf(months);
	}

	private static Map<String, DayOfWeek> weekdays() {
		String[][] swedish = { { "måndag", "mån", "månd" }, { "tisdag", "tis", "tisd" }, { "onsdag", "ons", "onsd" },
				{ "torsdag", "tor", "tors", "torsd" }, { "fredag", "fre", "fred" }, { "lördag", "lör", "lörd" },
				{ "söndag", "sön", "sönd" } };
		String[][] english = { { "monday", "mon" }, { "tuesday", "tue", "tues" }, { "wednesday", "wed", "weds" },
				{ "thursday", "thu", "thur", "thurs" }, { "friday", "fri" }, { "saturday", "sat" },
				{ "sunday", "sun" } };
		Map<String, DayOfWeek> days = new HashMap<>();
		for (int d = 0; d < 7; d++) {
			DayOfWeek day = DayOfWeek.of(d + 1);
			for (String name : swedish[d]) {
				days.put(name, day);
				days.put(withoutDots(name), day);
			}
			days.put(swedish[d][0] + "en", day);
			days.put(withoutDots(swedish[d][0]) + "en", day);
			for (String name : english[d]) {
				days.put(name, day);
			}
		}
		// "mån" without its ring is the English "man": not a weekday
		days.remove("man");
		return Map.copyOf(days);
	}

	static String withoutDots(String word) {
		return word.replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
	}

}
