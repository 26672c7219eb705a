package se.samverka.network;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;

/**
 * Who hears what a network says to everyone (agendas, prompts, groups, summaries, poll
 * cards): its home and member conversations on every platform, but not a conversation
 * that is only for the steering group; and the language it is said in (its creator's,
 * until networks have their own).
 */
@Service
public class NetworkAudience {

	private final Networks networks;

	private final People people;

	NetworkAudience(Networks networks, People people) {
		this.networks = networks;
		this.people = people;
	}

	public List<ConversationKey> conversations(NetworkId network) {
		return networks.links(network)
			.stream()
			.filter(link -> link.is(NetworkLink.Purpose.HOME) || link.is(NetworkLink.Purpose.MEMBERS)
					|| !link.is(NetworkLink.Purpose.STEERING))
			.map(NetworkLink::conversation)
			.toList();
	}

	/**
	 * The conversations that receive the steering group's digests
	 * ({@code steering here}).
	 */
	public List<ConversationKey> steeringConversations(NetworkId network) {
		return networks.links(network)
			.stream()
			.filter(link -> link.is(NetworkLink.Purpose.STEERING))
			.map(NetworkLink::conversation)
			.toList();
	}

	public Locale language(NetworkId network) {
		return networks.find(network)
			.map(Network::createdBy)
			.map(PersonId::new)
			.map(people::localeOf)
			.orElse(Locale.forLanguageTag("sv"));
	}

}
