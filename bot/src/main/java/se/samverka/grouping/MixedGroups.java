package se.samverka.grouping;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.meeting.AgendaSlot;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.SlotKind;
import se.samverka.network.Membership;
import se.samverka.network.Networks;
import se.samverka.network.Role;

/**
 * Makes and stores the groups for a meeting's group-work slot: of the members who said
 * they are there, or else of all the network's participants, kept apart from the previous
 * slot's groups.
 */
@Service
class MixedGroups {

	static final int MAX_SIZE = 50;

	/** Tries to store a split while others split the same slot at the same moment. */
	private static final int MAX_ATTEMPTS = 5;

	private final Networks networks;

	private final Attendances attendances;

	private final Groupings groupings;

	private final Clock clock;

	MixedGroups(Networks networks, Attendances attendances, Groupings groupings, Clock clock) {
		this.networks = networks;
		this.attendances = attendances;
		this.groupings = groupings;
		this.clock = clock;
	}

	/**
	 * @param replaced the slot had groups already, which these replace
	 * @param present the groups are made of the people who said {@code here}
	 * @param separated there was an earlier slot with groups, whose groups were kept
	 * apart
	 * @param keptFrom the earlier slot's grouping whose groups these are again, when the
	 * groups were kept rather than mixed
	 */
	record Made(Grouping grouping, List<Membership> members, boolean replaced, boolean present, boolean separated,
			Optional<Grouping> keptFrom) {
	}

	/**
	 * The people to place: those who said {@code here}, or else all participants.
	 *
	 * @param present they are the people who said {@code here}
	 */
	record Chosen(List<Membership> people, boolean present) {
	}

	/** The group-work slot that starts at {@code start}, unless it is over already. */
	Optional<AgendaSlot> slotAt(Meeting meeting, LocalTime start) {
		Instant now = clock.instant();
		return meeting.slots()
			.stream()
			.filter(s -> s.kind() == SlotKind.GROUP_WORK && s.start().equals(start))
			.filter(s -> meeting.instantOf(s.end() != null ? s.end() : s.start().plusMinutes(15)).isAfter(now))
			.findFirst();
	}

	/**
	 * The group-work slot going on now, else the next one; empty when the meeting has
	 * none left.
	 */
	Optional<AgendaSlot> slotFor(Meeting meeting) {
		Instant now = clock.instant();
		Optional<AgendaSlot> current = meeting.currentSlot(now)
			.map(i -> meeting.slots().get(i))
			.filter(s -> s.kind() == SlotKind.GROUP_WORK);
		if (current.isPresent()) {
			return current;
		}
		return meeting.slots()
			.stream()
			.filter(s -> s.kind() == SlotKind.GROUP_WORK && meeting.instantOf(s.start()).isAfter(now))
			.findFirst();
	}

	/** Who would be placed in groups for the meeting now. */
	Chosen chosen(Meeting meeting) {
		List<Membership> all = networks.members(new NetworkId(meeting.networkId()));
		Set<String> present = new HashSet<>(attendances.present(meeting.id()));
		List<Membership> chosen = all.stream().filter(m -> present.contains(m.personId())).toList();
		if (!chosen.isEmpty()) {
			return new Chosen(chosen, true);
		}
		return new Chosen(all.stream().filter(m -> m.is(Role.PARTICIPANT)).toList(), false);
	}

	/** Mixes {@code chosen} (at least one person) into groups for the slot. */
	Made make(Meeting meeting, AgendaSlot slot, int size, PersonId organiser, Chosen chosen) {
		Optional<Grouping> previous = groupings.before(meeting.id(), slot.start());
		Map<String, Integer> keepApart = previous.map(Groupings::numbers).orElse(Map.of());
		long seed = (meeting.id() + slot.start()).hashCode() * 31L + clock.instant().toEpochMilli();
		List<Participant> people = chosen.people()
			.stream()
			.map(m -> new Participant(m.personId(), m.organisation()))
			.toList();
		List<List<Participant>> split = GroupMixing.split(people, size, keepApart, seed);
		List<Grouping.Group> groups = new ArrayList<>();
		for (int g = 0; g < split.size(); g++) {
			groups.add(new Grouping.Group(g + 1, split.get(g).stream().map(Participant::personId).toList()));
		}
		Stored stored = store(meeting, slot, size, groups, seed, organiser.value());
		return new Made(stored.grouping(), chosen.people(), stored.replaced(), chosen.present(), previous.isPresent(),
				Optional.empty());
	}

	/**
	 * The groups of {@code earlier} again for the slot, the same people in the same
	 * numbered groups (less anyone who has left the network since).
	 * @param madeBy the organiser's person id, or {@link KeptGroups#AGENDA}
	 */
	Made keep(Meeting meeting, AgendaSlot slot, Grouping earlier, String madeBy) {
		Map<String, Membership> members = new HashMap<>();
		networks.members(new NetworkId(meeting.networkId())).forEach(m -> members.put(m.personId(), m));
		List<Grouping.Group> groups = earlier.groups()
			.stream()
			.map(g -> new Grouping.Group(g.number(), g.personIds().stream().filter(members::containsKey).toList()))
			.filter(g -> !g.personIds().isEmpty())
			.toList();
		List<Membership> placed = groups.stream().flatMap(g -> g.personIds().stream()).map(members::get).toList();
		Stored stored = store(meeting, slot, earlier.size(), groups, earlier.seed(), madeBy);
		return new Made(stored.grouping(), placed, stored.replaced(), false, false, Optional.of(earlier));
	}

	/** The members in the grouping's groups (for names on cards). */
	List<Membership> membersOf(Grouping grouping) {
		Set<String> placed = new HashSet<>();
		grouping.groups().forEach(g -> placed.addAll(g.personIds()));
		return networks.members(new NetworkId(grouping.networkId()))
			.stream()
			.filter(m -> placed.contains(m.personId()))
			.toList();
	}

	private record Stored(Grouping grouping, boolean replaced) {
	}

	private Stored store(Meeting meeting, AgendaSlot slot, int size, List<Grouping.Group> groups, long seed,
			String madeBy) {
		Instant now = clock.instant();
		Optional<Grouping> earlier = groupings.find(meeting.id(), slot.start());
		Optional<Grouping> stored = Optional.empty();
		for (int attempt = 0; stored.isEmpty() && attempt < MAX_ATTEMPTS; attempt++) {
			if (attempt > 0) {
				earlier = groupings.find(meeting.id(), slot.start());
			}
			int revision = earlier.map(g -> g.revision() + 1).orElse(0);
			stored = groupings.saveReplacing(
					new Grouping(Grouping.idOf(meeting.id(), slot.start()), meeting.id(), meeting.networkId(),
							Grouping.slotOf(slot.start()), slot.title(), size, groups, seed, madeBy, now, revision),
					earlier);
		}
		Grouping grouping = stored.orElseThrow(() -> new IllegalStateException(
				"Groups for slot " + slot.start() + " of meeting " + meeting.id() + " kept changing underneath"));
		return new Stored(grouping, earlier.isPresent());
	}

}
