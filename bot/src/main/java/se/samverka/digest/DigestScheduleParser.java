package se.samverka.digest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverka.chat.DateReader;
import se.samverka.scheduler.Recurrence;
import se.samverka.scheduler.Recurrence.Occurrence;

/**
 * What {@code digest schedule …} means: {@code off}, a day and a time
 * ({@code monday 08:00}, {@code måndag 8.00}, {@code fredag kl 15},
 * {@code weekdays 07:30}; the time as {@link DateReader#time} reads it), or a cron
 * expression (six fields as Spring writes them, or the classic five). Times are the
 * network's wall clock. A schedule that would make digests less than {@value #MIN_HOURS}
 * hours apart is refused: digests are for reading, not a feed.
 */
final class DigestScheduleParser {

	static final int MIN_HOURS = 12;

	private static final Pattern DAY_TIME = Pattern.compile("(\\p{L}+)\\.?\\s+((?:kl|klockan|at|@|\\d).*)");

	private static final Map<String, String> DAYS = days();

	private DigestScheduleParser() {
	}

	/**
	 * @param cron the six-field cron, or null for off (when {@code problem} is null)
	 * @param problem a message key saying what is wrong, or null
	 */
	record Parsed(String cron, String problem, List<Object> arguments) {

		static Parsed off() {
			return new Parsed(null, null, List.of());
		}

		static Parsed of(String cron) {
			return new Parsed(cron, null, List.of());
		}

		static Parsed problem(String key, Object... arguments) {
			return new Parsed(null, key, List.of(arguments));
		}

		boolean ok() {
			return problem == null;
		}

	}

	static Parsed parse(String text, ZoneId zone, Instant now) {
		String typed = text == null ? "" : text.strip();
		String folded = typed.toLowerCase(Locale.ROOT);
		if (typed.isEmpty()) {
			return Parsed.problem("digest.schedule.missing");
		}
		if (List.of("off", "av", "inga", "none", "stop", "stopp").contains(folded)) {
			return Parsed.off();
		}
		Matcher dayTime = DAY_TIME.matcher(folded);
		if (dayTime.matches()) {
			String days = DAYS.get(dayTime.group(1));
			if (days == null) {
				days = DateReader.weekday(dayTime.group(1)).map(d -> d.name().substring(0, 3)).orElse(null);
			}
			if (days == null) {
				return Parsed.problem("digest.schedule.unknown-day", dayTime.group(1));
			}
			Optional<LocalTime> time = DateReader.time(dayTime.group(2));
			if (time.isEmpty()) {
				return Parsed.problem("digest.schedule.bad-time", dayTime.group(2));
			}
			return checked("0 " + time.get().getMinute() + " " + time.get().getHour() + " * * " + days, zone, now);
		}
		String[] fields = typed.split("\\s+");
		if (fields.length == 5 || fields.length == 6) {
			String cron = fields.length == 5 ? "0 " + typed.replaceAll("\\s+", " ") : typed.replaceAll("\\s+", " ");
			if (!validCron(cron)) {
				return Parsed.problem("digest.schedule.bad-cron", typed);
			}
			return checked(cron, zone, now);
		}
		return Parsed.problem("digest.schedule.unreadable", typed);
	}

	/**
	 * The next {@code count} occurrences of the schedule after {@code now}, on the zone's
	 * wall clock.
	 */
	static List<Instant> nextRuns(String cron, ZoneId zone, Instant now, int count) {
		Recurrence recurrence = new Recurrence(cron, zone);
		List<Instant> runs = new ArrayList<>();
		Occurrence next = recurrence.firstAfter(now);
		for (int i = 0; i < count; i++) {
			runs.add(next.instant());
			next = recurrence.nextAfter(next.local(), next.instant());
		}
		return runs;
	}

	private static Parsed checked(String cron, ZoneId zone, Instant now) {
		List<Instant> runs;
		try {
			runs = nextRuns(cron, zone, now, 30);
		}
		catch (IllegalStateException | IllegalArgumentException | DateTimeParseException never) {
			return Parsed.problem("digest.schedule.never", cron);
		}
		for (int i = 1; i < runs.size(); i++) {
			if (Duration.between(runs.get(i - 1), runs.get(i)).compareTo(Duration.ofHours(MIN_HOURS)) < 0) {
				return Parsed.problem("digest.schedule.too-often", MIN_HOURS);
			}
		}
		return Parsed.of(cron);
	}

	private static boolean validCron(String cron) {
		try {
			new Recurrence(cron, ZoneId.of("UTC"));
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static Map<String, String> days() {
		Map<String, String> days = new java.util.HashMap<>();
		String[][] names = { { "monday", "mon", "måndag", "måndagar", "mån", "mandag" },
				{ "tuesday", "tue", "tisdag", "tisdagar", "tis" }, { "wednesday", "wed", "onsdag", "onsdagar", "ons" },
				{ "thursday", "thu", "torsdag", "torsdagar", "tor", "tors" },
				{ "friday", "fri", "fredag", "fredagar", "fre" }, { "saturday", "sat", "lördag", "lördagar", "lör" },
				{ "sunday", "sun", "söndag", "söndagar", "sön" } };
		for (int d = 0; d < names.length; d++) {
			String cronDay = DayOfWeek.of(d + 1).name().substring(0, 3);
			for (String name : names[d]) {
				days.put(name, cronDay);
				days.put(name + "s", cronDay);
			}
		}
		for (String weekdays : List.of("weekdays", "weekday", "vardagar", "vardag")) {
			days.put(weekdays, "MON-FRI");
		}
		for (String daily : List.of("daily", "dagligen")) {
			days.put(daily, "*");
		}
		return Map.copyOf(days);
	}

}
