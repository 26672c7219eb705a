package se.samverka.meeting;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of the day: from {@code start} to {@code end} (local time in the network's
 * zone), what it is, who leads it, and for group work the question the groups talk about.
 */
public record AgendaSlot(LocalTime start, LocalTime end, String title, SlotKind kind, List<String> presenters,
		String prompt) {

	private static final Pattern KEEP = Pattern.compile("samma grupp|same group");

	public AgendaSlot {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(kind, "kind");
		presenters = presenters == null ? List.of() : List.copyOf(presenters);
		prompt = prompt == null ? "" : prompt;
	}

	/**
	 * The slot's line or question says the groups stay as they were ("Behåll samma
	 * grupp", "same groups").
	 */
	public boolean keepsGroups() {
		String text = (title + " " + prompt).toLowerCase(Locale.ROOT);
		return kind == SlotKind.GROUP_WORK && KEEP.matcher(text).find();
	}

	AgendaSlot withEnd(LocalTime newEnd) {
		return new AgendaSlot(start, newEnd, title, kind, presenters, prompt);
	}

}
