package se.samverka.meeting;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One line of the day: from {@code start} to {@code end} (local time in the network's
 * zone), what it is, who leads it, and for group work the question the groups talk about.
 */
public record AgendaSlot(LocalTime start, LocalTime end, String title, SlotKind kind, List<String> presenters,
		String prompt) {

	public AgendaSlot {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(kind, "kind");
		presenters = presenters == null ? List.of() : List.copyOf(presenters);
		prompt = prompt == null ? "" : prompt;
	}

	AgendaSlot withEnd(LocalTime newEnd) {
		return new AgendaSlot(start, newEnd, title, kind, presenters, prompt);
	}

}
