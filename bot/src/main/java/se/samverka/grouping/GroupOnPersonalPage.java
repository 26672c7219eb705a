package se.samverka.grouping;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.PersonalSection;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;
import se.samverka.network.Networks;

/**
 * The person's own group in the latest mixed groups of the next meeting (the day's on the
 * day), as sent to them privately; nothing when they are in none.
 */
@Component
class GroupOnPersonalPage implements PersonalSection {

	private final Meetings meetings;

	private final Groupings groupings;

	private final Networks networks;

	private final GroupAnnouncement announcement;

	GroupOnPersonalPage(Meetings meetings, Groupings groupings, Networks networks, GroupAnnouncement announcement) {
		this.meetings = meetings;
		this.groupings = groupings;
		this.networks = networks;
		this.announcement = announcement;
	}

	@Override
	public int position() {
		return 20;
	}

	@Override
	public String headingKey() {
		return "page.section.group";
	}

	@Override
	public List<Message> forPerson(NetworkId network, PersonId person, Locale locale) {
		Optional<Meeting> meeting = meetings.next(network);
		Optional<Grouping> grouping = meeting.flatMap(m -> groupings.latest(m.id()));
		if (grouping.isEmpty()) {
			return List.of();
		}
		Grouping made = grouping.get();
		return made.groups()
			.stream()
			.filter(g -> g.personIds().contains(person.value()))
			.findFirst()
			.flatMap(group -> GroupMoves.slotOf(meeting.get(), made)
				.map(slot -> announcement.card(networks.members(network))
					.forPerson(locale, made, group, person.value(), slot, false)))
			.stream()
			.toList();
	}

}
