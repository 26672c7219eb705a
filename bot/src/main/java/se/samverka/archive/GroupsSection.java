package se.samverka.archive;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.samverka.archive.ArchiveEntry.Items;
import se.samverka.grouping.Grouping;
import se.samverka.grouping.Groupings;
import se.samverka.meeting.Meeting;

/** The mixed groups of each group-work slot, members by name and organisation. */
@Component
@Order(20)
class GroupsSection implements ArchiveSection {

	private final Groupings groupings;

	private final Members members;

	GroupsSection(Groupings groupings, Members members) {
		this.groupings = groupings;
		this.members = members;
	}

	@Override
	public String headingKey() {
		return "archive.groups";
	}

	@Override
	public List<ArchiveEntry> entries(ArchiveScope scope) {
		Members.Directory directory = members.of(scope.network());
		List<ArchiveEntry> entries = new ArrayList<>();
		for (Meeting meeting : scope.meetings()) {
			for (Grouping grouping : groupings.of(meeting.id())) {
				List<ArchiveEntry.Part> groups = new ArrayList<>();
				for (Grouping.Group group : grouping.groups()) {
					groups.add(new Items(scope.t("archive.groups.group", group.number()),
							group.personIds().stream().map(directory::nameAndOrganisation).toList()));
				}
				entries.add(new ArchiveEntry(meeting.id(), meeting.instantOf(grouping.slotStart()),
						grouping.slot() + " " + grouping.slotTitle(), groups));
			}
		}
		return entries;
	}

}
