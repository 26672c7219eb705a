package se.samverka.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import se.samverka.chat.DateProblem;
import se.samverka.chat.DateReader;
import se.samverka.chat.DateTexts;
import se.samverka.chat.Languages;

/**
 * The days homework reminders go out, at 09:00 in the network's zone. By default one week
 * after the meeting, two weeks before the due day and the day before it. A plan is
 * written as days separated by commas: {@code 4 okt} or {@code 2021-10-04} (that day),
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
		return parse(text, meetingDay, due, new DateReader(meetingDay == null ? due : meetingDay, Languages.SWEDISH));
	}

	/**
	 * Days are separated by commas; {@code +7} and {@code -14} may also stand side by
	 * side ({@code +3 -2}). A date is anything {@link DateReader} reads as one day.
	 */
	static List<LocalDate> parse(String text, LocalDate meetingDay, LocalDate due, DateReader dates)
			throws HomeworkProblem {
		List<LocalDate> days = new ArrayList<>();
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty()) {
			throw new HomeworkProblem("homework.reminders.usage");
		}
		if (trimmed.equalsIgnoreCase("none") || trimmed.equalsIgnoreCase("inga")) {
			return days;
		}
		for (String part : trimmed.split("\\s*,\\s*")) {
			if (part.matches("[+-]\\d{1,3}(\\s+[+-]\\d{1,3})*")) {
				for (String item : part.split("\\s+")) {
					days.add(relative(item, meetingDay, due));
				}
			}
			else if (!part.isEmpty()) {
				days.add(day(part, dates));
			}
		}
		if (days.size() > MAX_REMINDERS) {
			throw new HomeworkProblem("homework.reminders.too-many", days.size(), MAX_REMINDERS);
		}
		return days;
	}

	private static LocalDate relative(String item, LocalDate meetingDay, LocalDate due) throws HomeworkProblem {
		if (item.startsWith("-")) {
			return due.minusDays(Integer.parseInt(item.substring(1)));
		}
		if (meetingDay == null) {
			throw new HomeworkProblem("homework.reminders.no-meeting", item);
		}
		return meetingDay.plusDays(Integer.parseInt(item.substring(1)));
	}

	private static LocalDate day(String part, DateReader dates) throws HomeworkProblem {
		try {
			return dates.day(part).start();
		}
		catch (DateProblem unreadable) {
			throw new HomeworkProblem("homework.reminders.unreadable", part,
					DateTexts.shortDay(DateTexts.exampleDay(dates.today()), dates.locale()));
		}
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
