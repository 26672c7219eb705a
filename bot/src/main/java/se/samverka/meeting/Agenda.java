package se.samverka.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A meeting's plan as the organiser wrote it: title, date, place and the slots of the
 * day.
 */
public record Agenda(String title, LocalDate date, String place, List<AgendaSlot> slots) {

	public Agenda {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(date, "date");
		place = place == null ? "" : place;
		slots = List.copyOf(slots);
	}

}
