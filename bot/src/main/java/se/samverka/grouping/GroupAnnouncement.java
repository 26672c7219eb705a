package se.samverka.grouping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.Texts;
import se.samverka.meeting.AgendaSlot;
import se.samverka.delivery.DeliveryCounts;
import se.samverka.delivery.Outbox;
import se.samverka.meeting.NetworkBroadcast;
import se.samverka.network.Membership;
import se.samverka.network.People;
import se.samverka.network.Person;
import se.samverka.network.PersonalMessages;

/**
 * Tells everyone about new groups: the whole split in every conversation of the network,
 * and each person their own group and the question in a personal message.
 */
@Component
class GroupAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(GroupAnnouncement.class);

	private final NetworkBroadcast broadcast;

	private final PersonalMessages personal;

	private final People people;

	private final Texts texts;

	private final Outbox outbox;

	/**
	 * How long the organiser's turn waits for the personal messages to go out before
	 * answering.
	 */
	private static final Duration SETTLE = Duration.ofSeconds(5);

	GroupAnnouncement(NetworkBroadcast broadcast, PersonalMessages personal, People people, Texts texts,
			Outbox outbox) {
		this.outbox = outbox;
		this.broadcast = broadcast;
		this.personal = personal;
		this.people = people;
		this.texts = texts;
	}

	/**
	 * @param posted how many network conversations got the split
	 * @param unreached the names of those who could not be sent their group
	 */
	record Reach(int posted, int reached, List<String> unreached) {
	}

	static String personalKey(Grouping grouping) {
		return grouping.messageKey() + ":personal";
	}

	Reach announce(MixedGroups.Made made, AgendaSlot slot) {
		Grouping grouping = made.grouping();
		Map<String, String> names = new HashMap<>();
		Map<String, String> organisations = new HashMap<>();
		for (Membership member : made.members()) {
			names.put(member.personId(),
					people.find(new PersonId(member.personId())).map(Person::displayName).orElse(member.personId()));
			organisations.put(member.personId(), member.organisation() == null ? "" : member.organisation());
		}
		GroupCard card = new GroupCard(texts, names, organisations);
		NetworkId network = new NetworkId(grouping.networkId());
		int posted = broadcast.post(grouping.messageKey(), network,
				locale -> card.forNetwork(locale, grouping, slot, made.separated()));
		List<String> unreached = new ArrayList<>();
		for (Grouping.Group group : grouping.groups()) {
			for (String personId : group.personIds()) {
				PersonId person = new PersonId(personId);
				if (!personal.send(personalKey(grouping), person, network,
						card.forPerson(personal.languageOf(person), grouping, group, personId, slot))) {
					unreached.add(card.name(personId));
				}
			}
		}
		// the organiser's reply says who got their group: wait a little for the outbox to
		// send them
		DeliveryCounts counts = outbox.settle(personalKey(grouping), SETTLE);
		int reached = counts.sent();
		outbox.unreachablePersons(personalKey(grouping)).forEach(id -> unreached.add(card.name(id)));
		log.info("Grouping {}: posted to {} conversations, {} of {} people reached personally", grouping.id(), posted,
				reached, grouping.people());
		return new Reach(posted, reached, unreached);
	}

}
