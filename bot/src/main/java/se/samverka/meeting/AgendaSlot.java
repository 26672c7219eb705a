package se.samverka.meeting;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * One line of the day: from {@code start} to {@code end} (local time in the network's
 * zone), what it is, who leads it, and for group work the question the groups talk about.
 *
 * @param section the heading written above this slot on the slides ("Del 1 - tester"), or
 * empty: the slots after it belong to it until the next heading
 */
public record AgendaSlot(LocalTime start, LocalTime end, String title, SlotKind kind, List<String> presenters,
		String prompt, String section) {

	private static final Pattern KEEP = Pattern.compile("samma grupp|same group");

	@PersistenceCreator
	public AgendaSlot {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(kind, "kind");
		presenters = presenters == null ? List.of() : List.copyOf(presenters);
		prompt = prompt == null ? "" : prompt;
		section = section == null ? "" : section;
	}

	/** A slot under no section heading. */
	public AgendaSlot(LocalTime start, LocalTime end, String title, SlotKind kind, List<String> presenters,
			String prompt) {
		this(start, end, title, kind, presenters, prompt, "");
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
		return new AgendaSlot(start, newEnd, title, kind, presenters, prompt, section);
	}

}
