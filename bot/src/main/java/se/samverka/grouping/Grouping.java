package se.samverka.grouping;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverka.chat.PersonId;

/**
 * The groups made for one group-work slot of a meeting. There is one per slot: making
 * groups again for the same slot replaces them. {@code slot} is the slot's start as
 * {@code HH:mm} in the meeting's zone, so that slots sort as text.
 *
 * @param seed what the mixing was seeded with, so the same split can be made again
 * @param revision 0 for the slot's first split, one more for each that replaced it
 */
@Document("groupings")
public record Grouping(@Id String id, @Indexed String meetingId, String networkId, String slot, String slotTitle,
		int size, List<Group> groups, long seed, String madeBy, Instant madeAt, int revision) {

	public Grouping {
		groups = groups == null ? List.of() : List.copyOf(groups);
	}

	/** One group: its number (1, 2, ...) and its people. */
	public record Group(int number, List<String> personIds) {

		public Group {
			personIds = personIds == null ? List.of() : List.copyOf(personIds);
		}

	}

	static String idOf(String meetingId, LocalTime slotStart) {
		return Objects.requireNonNull(meetingId) + "@" + slotOf(slotStart);
	}

	static String slotOf(LocalTime start) {
		return String.format("%02d:%02d", start.getHour(), start.getMinute());
	}

	/**
	 * The delivery ledger's key for this split's posts. Sends are once per (key,
	 * recipient), so a split that replaces another needs a key of its own, or it would
	 * never be posted; the first split keeps the key it always had.
	 */
	String messageKey() {
		return revision == 0 ? "groups:" + id : "groups:" + id + "#" + revision;
	}

	public LocalTime slotStart() {
		return LocalTime.parse(slot);
	}

	/** The number of the group the person is in, if they are in one. */
	public Optional<Integer> groupOf(PersonId person) {
		return groups.stream().filter(g -> g.personIds().contains(person.value())).map(Group::number).findFirst();
	}

	public int people() {
		return groups.stream().mapToInt(g -> g.personIds().size()).sum();
	}

}
