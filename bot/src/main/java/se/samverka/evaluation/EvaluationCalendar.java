package se.samverka.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When an evaluation closes and reminds, on the network's wall clock: 09:00 exists on
 * every day, also when summer time starts or ends, so the reminder is at 09:00 local
 * whatever the offset that day.
 */
final class EvaluationCalendar {

	static final LocalTime REMIND_AT = LocalTime.of(9, 0);

	private EvaluationCalendar() {
	}

	static LocalDate lastDay(LocalDate meetingDay, int closeAfterDays) {
		return meetingDay.plusDays(closeAfterDays);
	}

	/** The start of the day after the last day. */
	static Instant closesAt(LocalDate meetingDay, int closeAfterDays, ZoneId zone) {
		return lastDay(meetingDay, closeAfterDays).plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** Null when there is no reminder. */
	static Instant remindAt(LocalDate meetingDay, int remindAfterDays, ZoneId zone) {
		return remindAfterDays <= 0 ? null
				: meetingDay.plusDays(remindAfterDays).atTime(REMIND_AT).atZone(zone).toInstant();
	}

}
