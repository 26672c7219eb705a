package se.samverka.grouping;

import java.time.LocalTime;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.DateReader;
import se.samverka.meeting.AgendaSlot;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;

/**
 * Which group-work slot a groups command is about: of the network's next meeting (the one
 * going on counts), the slot going on now, else the next one, or the one that starts at a
 * typed time.
 */
@Component
class SlotChoice {

	private final Meetings meetings;

	private final MixedGroups groups;

	SlotChoice(Meetings meetings, MixedGroups groups) {
		this.meetings = meetings;
		this.groups = groups;
	}

	/** The meeting and slot, or else what to answer (never both). */
	record Chosen(Meeting meeting, AgendaSlot slot, String refusal) {

		boolean refused() {
			return refusal != null;
		}

	}

	/**
	 * @param time the start time as typed, or null for the slot going on or next
	 * @param usageKey what to answer when the time cannot be read
	 */
	Chosen choose(CommandContext ctx, String time, String usageKey) {
		Optional<LocalTime> start = Optional.empty();
		if (time != null) {
			start = DateReader.time(time);
			if (start.isEmpty()) {
				return new Chosen(null, null, ctx.t(usageKey));
			}
		}
		Optional<Meeting> next = meetings.next(ctx.network());
		if (next.isEmpty()) {
			return new Chosen(null, null, ctx.t("grouping.no-meeting"));
		}
		Meeting meeting = next.get();
		Optional<AgendaSlot> slot = start.isPresent() ? groups.slotAt(meeting, start.get()) : groups.slotFor(meeting);
		if (slot.isEmpty()) {
			return new Chosen(meeting, null,
					start.isPresent() ? ctx.t("grouping.no-slot-at", meeting.number(), meeting.title(), time)
							: ctx.t("grouping.no-slot", meeting.number(), meeting.title()));
		}
		return new Chosen(meeting, slot.get(), null);
	}

}
