package se.samverka.grouping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.Message;
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

		/** What the organiser's reply says about who was told. */
		void addTo(Message.Builder reply, CommandContext ctx, Grouping grouping) {
			reply.paragraph(ctx.t("grouping.posted", posted));
			if (unreached.isEmpty()) {
				reply.paragraph(ctx.t("grouping.reached-all", reached));
			}
			else {
				reply.paragraph(
						ctx.t("grouping.reached-some", reached, grouping.people(), String.join(", ", unreached)));
			}
		}

	}

	/** Names and organisations of the members, for cards. */
	GroupCard card(List<Membership> members) {
		Map<String, String> names = new HashMap<>();
		Map<String, String> organisations = new HashMap<>();
		// one query for every name: a network of thousands must not ask once per member
		Map<String, Person> known = people.findAll(members.stream().map(Membership::personId).toList());
		for (Membership member : members) {
			Person person = known.get(member.personId());
			names.put(member.personId(),
					person == null || person.displayName() == null ? member.personId() : person.displayName());
			organisations.put(member.personId(), member.organisation() == null ? "" : member.organisation());
		}
		return new GroupCard(texts, names, organisations);
	}

	static String personalKey(Grouping grouping) {
		return grouping.messageKey() + ":personal";
	}

	Reach announce(MixedGroups.Made made, AgendaSlot slot) {
		Grouping grouping = made.grouping();
		GroupCard card = card(made.members());
		NetworkId network = new NetworkId(grouping.networkId());
		String heading = made.keptFrom().isPresent() ? "grouping.card.heading-same"
				: made.separated() ? "grouping.card.heading-new" : "grouping.card.heading";
		int posted = broadcast.post(grouping.messageKey(), network,
				locale -> card.forNetwork(locale, grouping, slot, heading));
		List<String> unreached = new ArrayList<>();
		for (Grouping.Group group : grouping.groups()) {
			for (String personId : group.personIds()) {
				PersonId person = new PersonId(personId);
				if (!personal.send(personalKey(grouping), person, network, card.forPerson(personal.languageOf(person),
						grouping, group, personId, slot, made.keptFrom().isPresent()))) {
					unreached.add(card.name(personId));
				}
			}
		}
		Reach reach = settle(personalKey(grouping), posted, unreached, card);
		log.info("Grouping {}: posted to {} conversations, {} of {} people reached personally", grouping.id(), posted,
				reach.reached(), grouping.people());
		return reach;
	}

	/**
	 * Tells the old and the new group of someone moved, each person their group as it is
	 * now, and says the move in the network's conversations.
	 */
	Reach announceMove(GroupMoves.Moved moved, List<Membership> members, AgendaSlot slot) {
		Grouping grouping = moved.grouping();
		GroupCard card = card(members);
		NetworkId network = new NetworkId(grouping.networkId());
		String key = grouping.messageKey() + ":moved";
		String who = card.name(moved.personId());
		int posted = broadcast.post(key, network,
				locale -> Message.builder()
					.paragraph(texts.get(locale, "grouping.move.posted", who, moved.from(), moved.to(),
							GroupCard.slotLine(slot)))
					.build());
		List<String> unreached = new ArrayList<>();
		for (Grouping.Group group : grouping.groups()) {
			if (group.number() != moved.from() && group.number() != moved.to()) {
				continue;
			}
			for (String personId : group.personIds()) {
				PersonId person = new PersonId(personId);
				Locale locale = personal.languageOf(person);
				String change = personId.equals(moved.personId())
						? texts.get(locale, "grouping.move.you", moved.from(), moved.to())
						: texts.get(locale, "grouping.move.them", who, moved.from(), moved.to());
				if (!personal.send(key + ":personal", person, network,
						card.forMovedPerson(locale, change, group, personId, slot))) {
					unreached.add(card.name(personId));
				}
			}
		}
		Reach reach = settle(key + ":personal", posted, unreached, card);
		log.info("Grouping {}: a move told to {} conversations and {} people", grouping.id(), posted, reach.reached());
		return reach;
	}

	private Reach settle(String personalKey, int posted, List<String> unreached, GroupCard card) {
		// the organiser's reply says who got their group: wait a little for the outbox to
		// send them
		DeliveryCounts counts = outbox.settle(personalKey, SETTLE);
		outbox.unreachablePersons(personalKey).forEach(id -> unreached.add(card.name(id)));
		return new Reach(posted, counts.sent(), unreached);
	}

}
