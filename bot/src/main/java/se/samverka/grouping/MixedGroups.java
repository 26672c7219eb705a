package se.samverka.grouping;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
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
	 */
	record Made(Grouping grouping, List<Membership> members, boolean replaced, boolean present, boolean separated) {
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

	/** Empty when there is nobody to place. */
	Optional<Made> make(Meeting meeting, AgendaSlot slot, int size, PersonId organiser) {
		NetworkId network = new NetworkId(meeting.networkId());
		List<Membership> all = networks.members(network);
		Set<String> present = new HashSet<>(attendances.present(meeting.id()));
		List<Membership> chosen = all.stream().filter(m -> present.contains(m.personId())).toList();
		boolean fromAttendance = !chosen.isEmpty();
		if (!fromAttendance) {
			chosen = all.stream().filter(m -> m.is(Role.PARTICIPANT)).toList();
		}
		if (chosen.isEmpty()) {
			return Optional.empty();
		}
		Optional<Grouping> previous = groupings.before(meeting.id(), slot.start());
		Map<String, Integer> keepApart = previous.map(Groupings::numbers).orElse(Map.of());
		Instant now = clock.instant();
		long seed = (meeting.id() + slot.start()).hashCode() * 31L + now.toEpochMilli();
		List<Participant> people = chosen.stream().map(m -> new Participant(m.personId(), m.organisation())).toList();
		List<List<Participant>> split = GroupMixing.split(people, size, keepApart, seed);
		List<Grouping.Group> groups = new ArrayList<>();
		for (int g = 0; g < split.size(); g++) {
			groups.add(new Grouping.Group(g + 1, split.get(g).stream().map(Participant::personId).toList()));
		}
		Optional<Grouping> earlier = groupings.find(meeting.id(), slot.start());
		Optional<Grouping> stored = Optional.empty();
		for (int attempt = 0; stored.isEmpty() && attempt < MAX_ATTEMPTS; attempt++) {
			if (attempt > 0) {
				earlier = groupings.find(meeting.id(), slot.start());
			}
			int revision = earlier.map(g -> g.revision() + 1).orElse(0);
			stored = groupings.saveReplacing(new Grouping(Grouping.idOf(meeting.id(), slot.start()), meeting.id(),
					meeting.networkId(), Grouping.slotOf(slot.start()), slot.title(), size, groups, seed,
					organiser.value(), now, revision), earlier);
		}
		Grouping grouping = stored.orElseThrow(() -> new IllegalStateException(
				"Groups for slot " + slot.start() + " of meeting " + meeting.id() + " kept changing underneath"));
		return Optional.of(new Made(grouping, chosen, earlier.isPresent(), fromAttendance, previous.isPresent()));
	}

}
