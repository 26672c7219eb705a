package se.samverka.reflection;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.PersonId;
import se.samverka.grouping.Grouping;
import se.samverka.grouping.Groupings;

/**
 * The group an anonymous note may be tied to. Groups are listed by name (on the split, in
 * the archive), so a group label on an anonymous note narrows its author to that group's
 * members: an anonymous note is filed under its author's group only when the group has at
 * least {@value #SHOWN_FROM} members, and is shown under it only while the slot's group
 * of that number still has that many (groups made again for the slot, notes kept from
 * before this rule). Signed notes keep their group: their author is named anyway.
 */
@Component
class AnonymousGroups {

	static final int SHOWN_FROM = 5;

	private final Groupings groupings;

	AnonymousGroups(Groupings groupings) {
		this.groupings = groupings;
	}

	/**
	 * The group to store with an anonymous note by {@code author}: theirs when it is big
	 * enough, else none.
	 */
	Integer fileUnder(Board board, PersonId author) {
		Map<Integer, Integer> sizes = sizes(board);
		return grouping(board).flatMap(g -> g.groupOf(author)).filter(g -> big(sizes, g)).orElse(null);
	}

	/** The notes as they may be shown: anonymous ones in small groups without group. */
	List<Note> shown(Board board, List<Note> notes) {
		if (notes.stream().noneMatch(n -> n.anonymous() && n.group() != null)) {
			return notes;
		}
		return shown(notes, sizes(board));
	}

	/**
	 * The rule on its own: an anonymous note keeps its group only when {@code sizes}
	 * (group number to members) says it has at least {@value #SHOWN_FROM} members.
	 */
	static List<Note> shown(List<Note> notes, Map<Integer, Integer> sizes) {
		return notes.stream()
			.map(n -> n.anonymous() && n.group() != null && !big(sizes, n.group()) ? n.withGroup(null) : n)
			.toList();
	}

	private static boolean big(Map<Integer, Integer> sizes, Integer group) {
		return sizes.getOrDefault(group, 0) >= SHOWN_FROM;
	}

	private Map<Integer, Integer> sizes(Board board) {
		Map<Integer, Integer> sizes = new HashMap<>();
		grouping(board)
			.ifPresent(g -> g.groups().forEach(group -> sizes.put(group.number(), group.personIds().size())));
		return sizes;
	}

	private Optional<Grouping> grouping(Board board) {
		return board.forSlot() ? groupings.find(board.meetingId(), LocalTime.parse(board.slotStart()))
				: Optional.empty();
	}

}
