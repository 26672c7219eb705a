package se.samverka.grouping;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import se.samverka.chat.PersonId;
import se.samverka.meeting.AgendaSlot;
import se.samverka.meeting.Meeting;

/**
 * Organisers move one person to another group of a grouping: the groups of the group work
 * going on now (or next), else the latest groups of the meeting, which a slot that keeps
 * its groups will take over.
 */
@Service
class GroupMoves {

	private final Groupings groupings;

	private final MixedGroups groups;

	private final Clock clock;

	GroupMoves(Groupings groupings, MixedGroups groups, Clock clock) {
		this.groupings = groupings;
		this.groups = groups;
		this.clock = clock;
	}

	/** Who was moved where, in the grouping as stored after the move. */
	record Moved(Grouping grouping, String personId, int from, int to) {
	}

	/** The grouping a move is about, if the meeting has groups. */
	Optional<Grouping> current(Meeting meeting) {
		return groups.slotFor(meeting)
			.flatMap(slot -> groupings.find(meeting.id(), slot.start()))
			.or(() -> groupings.latest(meeting.id()));
	}

	/** The agenda slot the grouping belongs to. */
	static Optional<AgendaSlot> slotOf(Meeting meeting, Grouping grouping) {
		return meeting.slots().stream().filter(s -> s.start().equals(grouping.slotStart())).findFirst();
	}

	/**
	 * The people whose name is {@code typed}; else those whose name with organisation
	 * ("Anna Berg (Polisen)", told apart when two share a name) is; else those whose name
	 * with organisation, or one of its words, begins with it. Case, accents, brackets and
	 * spaces aside.
	 * @param names display name by person id
	 * @param labels name with organisation by person id
	 */
	static List<String> matching(String typed, Map<String, String> names, Map<String, String> labels) {
		String wanted = fold(typed);
		List<String> byName = new ArrayList<>();
		List<String> byLabel = new ArrayList<>();
		List<String> begins = new ArrayList<>();
		labels.forEach((personId, label) -> {
			String folded = fold(label);
			if (fold(names.getOrDefault(personId, "")).equals(wanted)) {
				byName.add(personId);
			}
			else if (folded.equals(wanted)) {
				byLabel.add(personId);
			}
			else if ((" " + folded).contains(" " + wanted)) {
				begins.add(personId);
			}
		});
		return !byName.isEmpty() ? byName : !byLabel.isEmpty() ? byLabel : begins;
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[()]", " ")
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", " ")
			.strip();
	}

	/**
	 * Moves the person into group {@code to}; empty when the groups changed in between
	 * (someone made them again or moved someone else at the same moment).
	 */
	Optional<Moved> move(Grouping grouping, String personId, int to, PersonId organiser) {
		int from = grouping.groupOf(new PersonId(personId)).orElseThrow();
		List<Grouping.Group> moved = grouping.groups().stream().map(g -> {
			List<String> people = new ArrayList<>(g.personIds());
			people.remove(personId);
			if (g.number() == to) {
				people.add(personId);
			}
			return new Grouping.Group(g.number(), people);
		}).toList();
		Grouping after = new Grouping(grouping.id(), grouping.meetingId(), grouping.networkId(), grouping.slot(),
				grouping.slotTitle(), grouping.size(), moved, grouping.seed(), organiser.value(), clock.instant(),
				grouping.revision() + 1);
		return groupings.saveReplacing(after, Optional.of(grouping)).map(g -> new Moved(g, personId, from, to));
	}

}
