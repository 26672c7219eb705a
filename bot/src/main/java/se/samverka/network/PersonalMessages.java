package se.samverka.network;

import java.util.Optional;

import org.springframework.stereotype.Service;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.delivery.Deliveries;
import se.samverka.delivery.PersonAddress;

/**
 * Messages for one person only (their group, their homework): sent to their one-to-one chat with
 * the bot on their platform, which is opened when they have none yet, and remembered.
 */
@Service
public class PersonalMessages {

	private final People people;

	private final Deliveries deliveries;

	PersonalMessages(People people, Deliveries deliveries) {
		this.people = people;
		this.deliveries = deliveries;
	}

	/** Returns whether the message reached the person. */
	public boolean send(PersonId personId, NetworkId network, Message message) {
		Optional<Person> person = people.find(personId);
		if (person.isEmpty()) {
			return false;
		}
		Person p = person.get();
		PersonAddress address = new PersonAddress(p.channel(), p.tenant(), p.userId(), p.personalConversation(),
				p.reach());
		Optional<ConversationKey> reached = deliveries.postToPerson(address, network, message);
		reached.filter(key -> !key.asString().equals(p.personalConversation()))
			.ifPresent(key -> people.rememberPersonalConversation(personId, key));
		return reached.isPresent();
	}

	/** The language to write to the person in. */
	public java.util.Locale languageOf(PersonId personId) {
		return people.localeOf(personId);
	}

}
