package se.samverka.network;

import java.util.Optional;

import org.springframework.stereotype.Service;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import org.springframework.context.event.EventListener;

import se.samverka.delivery.Outbox;
import se.samverka.delivery.PersonAddress;
import se.samverka.delivery.PersonalConversationOpened;
import se.samverka.delivery.Recipient;

/**
 * Messages for one person only (their group, their homework): sent to their one-to-one
 * chat with the bot on their platform, which is opened when they have none yet, and
 * remembered. For someone in several networks their buttons belong to the message's
 * network, so pressing one acts on that network.
 */
@Service
public class PersonalMessages {

	private final People people;

	private final Outbox outbox;

	private final Networks networks;

	PersonalMessages(People people, Outbox outbox, Networks networks) {
		this.people = people;
		this.outbox = outbox;
		this.networks = networks;
	}

	/**
	 * Puts the message in the outbox for the person, once per {@code messageKey} and
	 * person (a repeated job adds nothing). Returns false when the person is unknown;
	 * whether it reached them shows in the outbox's counts.
	 */
	public boolean send(String messageKey, PersonId personId, NetworkId network, Message message) {
		Optional<Person> person = people.find(personId);
		if (person.isEmpty()) {
			return false;
		}
		Person p = person.get();
		PersonAddress address = new PersonAddress(p.channel(), p.tenant(), p.userId(), p.personalConversation(),
				p.reach());
		boolean several = network != null && networks.membershipsOf(personId).size() > 1;
		outbox.enqueue(messageKey, network, Recipient.person(address), several ? message.scopedTo(network) : message,
				personId.value());
		return true;
	}

	/**
	 * As {@link #send(String, PersonId, NetworkId, Message)}, but by e-mail whatever the
	 * person's own platform (a Teams or Slack member who chose digests by e-mail): to
	 * their e-mail conversation {@code web::<person id>}, which leaves the conversation
	 * their other messages go to as it was.
	 */
	public boolean sendByEmail(String messageKey, PersonId personId, NetworkId network, Message message) {
		Optional<Person> person = people.find(personId);
		if (person.isEmpty()) {
			return false;
		}
		Person p = person.get();
		if (p.channel() == Channel.WEB) {
			return send(messageKey, personId, network, message);
		}
		String conversation = new ConversationKey(Channel.WEB, "", personId.value()).asString();
		PersonAddress address = new PersonAddress(Channel.WEB, "", personId.value(), conversation, null);
		boolean several = network != null && networks.membershipsOf(personId).size() > 1;
		outbox.enqueue(messageKey, network, Recipient.person(address), several ? message.scopedTo(network) : message,
				personId.value());
		return true;
	}

	/**
	 * A one-off personal message, under a key of its own (not protected against repeats).
	 */
	public boolean send(PersonId personId, NetworkId network, Message message) {
		return send("personal:" + java.util.UUID.randomUUID(), personId, network, message);
	}

	@EventListener
	void opened(PersonalConversationOpened opened) {
		people.rememberPersonalConversation(new PersonId(opened.personId()), opened.conversation());
	}

	/** The language to write to the person in. */
	public java.util.Locale languageOf(PersonId personId) {
		return people.localeOf(personId);
	}

}
