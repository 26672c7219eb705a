package se.samverka.poll;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of a poll's options a typed label means ({@code rösta 1 29 sep ja}): the label as
 * the card shows it, and for a date option the usual short forms of its date in Swedish
 * and English ({@code 29 sep}, {@code 29/9}, {@code 2027-09-29}, {@code Sep 29}, a
 * range's first day or {@code 29–30 sep}). Case, accents, a weekday, {@code den} and a
 * trailing dot do not matter. Options it names exactly win; otherwise the free-text
 * options whose label starts with it ({@code Umeå} for {@code Umeå, Folkets hus}).
 */
final class OptionLabels {

	private static final List<List<String>> MONTHS = List.of(List.of("jan", "januari", "january"),
			List.of("feb", "februari", "february"), List.of("mar", "mars", "march"), List.of("apr", "april"),
			List.of("maj", "may"), List.of("jun", "juni", "june"), List.of("jul", "juli", "july"),
			List.of("aug", "augusti", "august"), List.of("sep", "sept", "september"),
			List.of("okt", "oct", "oktober", "october"), List.of("nov", "november"), List.of("dec", "december"));

	private static final Pattern WEEKDAY = Pattern
		.compile("^(mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|man|tis|ons|tor|tors|fre|lor|son"
				+ "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\s+");

	private static final Pattern CARD_WEEKDAYS = Pattern.compile("\\s*\\([^)]*\\)$");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private OptionLabels() {
	}

	static List<PollOption> matching(String typed, List<PollOption> options) {
		String wanted = normal(typed);
		if (wanted.isEmpty()) {
			return List.of();
		}
		List<PollOption> exact = options.stream().filter(o -> names(o).contains(wanted)).toList();
		if (!exact.isEmpty()) {
			return exact;
		}
		return options.stream().filter(o -> !o.isDate() && normal(o.label()).startsWith(wanted + " ")).toList();
	}

	/** Every way the option may be typed, normalised. */
	static Set<String> names(PollOption option) {
		Set<String> names = new LinkedHashSet<>();
		names.add(normal(option.label()));
		if (option.isDate()) {
			names.addAll(forms(option.start()));
			LocalDate end = option.end();
			if (end != null && !end.equals(option.start())) {
				names.add(normal(option.start().getDayOfMonth() + "/" + option.start().getMonthValue() + "-"
						+ end.getDayOfMonth() + "/" + end.getMonthValue()));
				if (end.getMonth() == option.start().getMonth()) {
					for (String month : MONTHS.get(end.getMonthValue() - 1)) {
						names.add(normal(option.start().getDayOfMonth() + "-" + end.getDayOfMonth() + " " + month));
					}
				}
			}
		}
		return names;
	}

	private static List<String> forms(LocalDate date) {
		List<String> forms = new ArrayList<>();
		int day = date.getDayOfMonth();
		int year = date.getYear();
		forms.add(date.toString());
		forms.add(day + "/" + date.getMonthValue());
		forms.add(day + "/" + date.getMonthValue() + " " + year);
		forms.add(day + "/" + date.getMonthValue() + "/" + year);
		for (String month : MONTHS.get(date.getMonthValue() - 1)) {
			forms.add(day + " " + month);
			forms.add(day + " " + month + " " + year);
			forms.add(month + " " + day);
			forms.add(month + " " + day + " " + year);
		}
		return forms.stream().map(OptionLabels::normal).toList();
	}

	/**
	 * Lower case, no accents, no leading zeros, ordinals, weekday, {@code den}, commas,
	 * abbreviation dots or spaces around a dash; single spaces.
	 */
	static String normal(String text) {
		String s = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
			.replaceAll("");
		s = CARD_WEEKDAYS.matcher(s.strip()).replaceAll("");
		s = s.replaceAll("[–—]", "-")
			.replaceAll("\\s*-\\s*", "-")
			.replaceAll("[,!?]", " ")
			.replaceAll("(\\p{L})\\.", "$1")
			.replaceAll("(\\d+)(:e|st|nd|rd|th)\\b", "$1")
			.replaceAll("\\b0+(\\d)", "$1")
			.replaceAll("\\s+", " ")
			.strip();
		s = s.replaceAll("[.:;]+$", "").strip();
		if (s.startsWith("den ")) {
			s = s.substring(4);
		}
		return WEEKDAY.matcher(s).replaceFirst("");
	}

}
