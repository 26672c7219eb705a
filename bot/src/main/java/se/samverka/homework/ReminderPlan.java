package se.samverka.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The days homework reminders go out, at 09:00 in the network's zone. By default one week
 * after the meeting, two weeks before the due day and the day before it. A plan is
 * written as days separated by commas or spaces: {@code 2021-10-04} (that day),
 * {@code +7} (7 days after the meeting), {@code -14} (14 days before the due day), or
 * {@code none} / {@code inga}. Days whose 09:00 has passed, or that are not before the
 * end of the due day, are left out.
 */
final class ReminderPlan {

	static final LocalTime AT = LocalTime.of(9, 0);

	static final int MAX_REMINDERS = 10;

	private ReminderPlan() {
	}

	static List<LocalDate> defaults(LocalDate meetingDay, LocalDate due) {
		List<LocalDate> days = new ArrayList<>();
		if (meetingDay != null) {
			days.add(meetingDay.plusDays(7));
		}
		days.add(due.minusDays(14));
		days.add(due.minusDays(1));
		return days;
	}

	static List<LocalDate> parse(String text, LocalDate meetingDay, LocalDate due) throws HomeworkProblem {
		List<LocalDate> days = new ArrayList<>();
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty()) {
			throw new HomeworkProblem("homework.reminders.usage");
		}
		if (trimmed.equalsIgnoreCase("none") || trimmed.equalsIgnoreCase("inga")) {
			return days;
		}
		for (String item : trimmed.split("[,\\s]+")) {
			if (item.matches("\\+\\d{1,3}")) {
				if (meetingDay == null) {
					throw new HomeworkProblem("homework.reminders.no-meeting", item);
				}
				days.add(meetingDay.plusDays(Integer.parseInt(item.substring(1))));
			}
			else if (item.matches("-\\d{1,3}")) {
				days.add(due.minusDays(Integer.parseInt(item.substring(1))));
			}
			else {
				try {
					days.add(LocalDate.parse(item));
				}
				catch (DateTimeParseException unreadable) {
					throw new HomeworkProblem("homework.reminders.unreadable", item);
				}
			}
		}
		if (days.size() > MAX_REMINDERS) {
			throw new HomeworkProblem("homework.reminders.too-many", days.size(), MAX_REMINDERS);
		}
		return days;
	}

	static Instant at(LocalDate day, ZoneId zone) {
		return day.atTime(AT).atZone(zone).toInstant();
	}

	/** The days still to come before the end of the due day, sorted, each once. */
	static List<LocalDate> upcoming(List<LocalDate> days, ZoneId zone, Instant now, Instant dueAt) {
		TreeSet<LocalDate> kept = new TreeSet<>();
		for (LocalDate day : days) {
			Instant at = at(day, zone);
			if (at.isAfter(now) && at.isBefore(dueAt)) {
				kept.add(day);
			}
		}
		return List.copyOf(kept);
	}

}
