package se.samverka.poll;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.network.Network;
import se.samverka.network.NetworkLink;
import se.samverka.network.Networks;
import se.samverka.network.People;

/** The conversations of a network that poll cards go to, and the network's language. */
@Component
class PollAudience {

	private final Networks networks;

	private final People people;

	PollAudience(Networks networks, People people) {
		this.networks = networks;
		this.people = people;
	}

	/** The network's home and member conversations; a conversation only for the steering group is left out. */
	List<ConversationKey> of(NetworkId network) {
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
