package se.samverka.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.samverka.scheduler.Schedules;

/**
 * Puts a meeting's day on the scheduler: each group-work slot's question at its start,
 * and for each break a word a few minutes before it ends. Ids carry the slot's time, so
 * an edit that keeps a slot keeps its work (already sent stays sent) and a moved slot
 * gets new work.
 */
@Component
class RunOfShow {

	static final String PROMPT = "meeting.slot-prompt";

	static final String BREAK_ENDS = "meeting.break-ends";

	/** How long before a break ends people are told when to be back. */
	static final Duration BEFORE_BREAK_ENDS = Duration.ofMinutes(3);

	private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);

	private final Schedules schedules;

	RunOfShow(Schedules schedules) {
		this.schedules = schedules;
	}

	/**
	 * Every saved change of a meeting (planned by a command or by a poll's result,
	 * edited, cancelled) puts its prompts and break reminders on the calendar again, or
	 * takes them off.
	 */
	@EventListener
	void changed(MeetingChanged changed) {
		plan(changed.meeting());
	}

	void plan(Meeting meeting) {
		schedules.cancelAll(prefix(meeting));
		if (meeting.state() != Meeting.MeetingState.PLANNED) {
			return;
		}
		for (AgendaSlot slot : meeting.slots()) {
			if (slot.kind() == SlotKind.GROUP_WORK) {
				schedules.once(prefix(meeting) + "prompt:" + HHMM.format(slot.start()), PROMPT,
						subject(meeting, slot.start()), meeting.instantOf(slot.start()), meeting.zoneId());
			}
			if (slot.kind() == SlotKind.BREAK && slot.end() != null) {
				Instant start = meeting.instantOf(slot.start());
				Instant before = meeting.instantOf(slot.end()).minus(BEFORE_BREAK_ENDS);
				schedules.once(prefix(meeting) + "break:" + HHMM.format(slot.start()), BREAK_ENDS,
						subject(meeting, slot.start()), before.isBefore(start) ? start : before, meeting.zoneId());
			}
		}
	}

	static String prefix(Meeting meeting) {
		return "meeting:" + meeting.id() + ":";
	}

	static String subject(Meeting meeting, LocalTime slotStart) {
		return meeting.id() + "@" + HHMM.format(slotStart);
	}

	/** The meeting id and slot start a subject names. */
	record Subject(String meetingId, LocalTime slotStart) {

		static Subject parse(String subject) {
			int at = subject.lastIndexOf('@');
			return new Subject(subject.substring(0, at), LocalTime.parse(subject.substring(at + 1), HHMM));
		}

	}

}
