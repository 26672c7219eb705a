package se.samverka.meeting;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.delivery.Deliveries;
import se.samverka.network.Network;
import se.samverka.network.NetworkLink;
import se.samverka.network.Networks;
import se.samverka.network.People;

/**
 * Posts one message to every conversation linked to a network, on every platform, in the network's
 * language (its creator's, until networks have a language of their own).
 */
@Component
public class NetworkBroadcast {

	private final Networks networks;

	private final People people;

	private final Deliveries deliveries;

	NetworkBroadcast(Networks networks, People people, Deliveries deliveries) {
		this.networks = networks;
		this.people = people;
		this.deliveries = deliveries;
	}

	/** Returns how many conversations it posted to. */
	public int post(NetworkId network, Function<Locale, Message> message) {
		Message rendered = message.apply(language(network));
		int posted = 0;
		for (ConversationKey conversation : audience(network)) {
			if (deliveries.postNow(conversation, network, rendered)) {
				posted++;
			}
		}
		return posted;
	}

	/** The network's home and member conversations; a conversation only for the steering group is left out. */
	List<ConversationKey> audience(NetworkId network) {
		return networks.links(network)
			.stream()
			.filter(link -> link.is(NetworkLink.Purpose.HOME) || link.is(NetworkLink.Purpose.MEMBERS)
					|| !link.is(NetworkLink.Purpose.STEERING))
			.map(NetworkLink::conversation)
			.toList();
	}

	Locale language(NetworkId network) {
		return networks.find(network).map(Network::createdBy).map(PersonId::new).map(people::localeOf)
			.orElse(Locale.forLanguageTag("sv"));
	}

}
