package se.samverka.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.samverka.grouping.Attendances;
import se.samverka.grouping.Grouping;
import se.samverka.grouping.Groupings;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meeting.MeetingState;

/**
 * Who took part, per organisation: for every meeting that was not cancelled, each member
 * who said {@code here} or was put in a group counts once. The archive draws it as a bar
 * chart and a table.
 */
@Component
class Participation {

	private final Attendances attendances;

	private final Groupings groupings;

	private final Members members;

	Participation(Attendances attendances, Groupings groupings, Members members) {
		this.attendances = attendances;
		this.groupings = groupings;
		this.members = members;
	}

	/**
	 * @param organisation "" when the members did not give one
	 */
	record Count(String organisation, int times) {
	}

	/** Biggest first, then by name. */
	List<Count> of(ArchiveScope scope) {
		Members.Directory directory = members.of(scope.network());
		Map<String, Integer> counts = new HashMap<>();
		for (Meeting meeting : scope.meetings()) {
			if (meeting.state() == MeetingState.CANCELLED) {
				continue;
			}
			Set<String> present = new LinkedHashSet<>(attendances.present(meeting.id()));
			for (Grouping grouping : groupings.of(meeting.id())) {
				grouping.groups().forEach(g -> present.addAll(g.personIds()));
			}
			present.forEach(p -> counts.merge(directory.organisationOf(p), 1, Integer::sum));
		}
		List<Count> sorted = new ArrayList<>();
		counts.forEach((organisation, times) -> sorted.add(new Count(organisation, times)));
		sorted.sort(Comparator.comparingInt(Count::times).reversed().thenComparing(Count::organisation));
		return sorted;
	}

}
