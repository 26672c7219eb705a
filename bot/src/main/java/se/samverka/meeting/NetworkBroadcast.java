package se.samverka.meeting;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.stereotype.Component;

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
class NetworkBroadcast {

	private final Networks networks;

	private final People people;

	private final Deliveries deliveries;

	NetworkBroadcast(Networks networks, People people, Deliveries deliveries) {
		this.networks = networks;
		this.people = people;
		this.deliveries = deliveries;
	}

	/** Returns how many conversations it posted to. */
	int post(NetworkId network, Function<Locale, Message> message) {
		Locale locale = language(network);
		Message rendered = message.apply(locale);
		int posted = 0;
		for (NetworkLink link : networks.links(network)) {
			if (link.is(NetworkLink.Purpose.STEERING) && !link.is(NetworkLink.Purpose.MEMBERS)
					&& !link.is(NetworkLink.Purpose.HOME)) {
				continue;
			}
			if (deliveries.postNow(link.conversation(), network, rendered)) {
				posted++;
			}
		}
		return posted;
	}

	Locale language(NetworkId network) {
		return networks.find(network).map(Network::createdBy).map(PersonId::new).map(people::localeOf)
			.orElse(Locale.forLanguageTag("sv"));
	}

}
