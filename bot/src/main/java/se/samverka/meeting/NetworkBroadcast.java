package se.samverka.meeting;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.delivery.Outbox;
import se.samverka.delivery.Recipient;
import se.samverka.network.NetworkAudience;

/**
 * Posts one message to every conversation linked to a network, on every platform, in the
 * network's language (its creator's, until networks have a language of their own).
 */
@Component
public class NetworkBroadcast {

	private final NetworkAudience audience;

	private final Outbox outbox;

	NetworkBroadcast(NetworkAudience audience, Outbox outbox) {
		this.audience = audience;
		this.outbox = outbox;
	}

	/**
	 * Puts the message in the outbox for every conversation of the network, once per
	 * {@code messageKey}: posting again under the same key (a repeated job, a restart)
	 * adds nothing. Returns how many conversations it is for.
	 */
	public int post(String messageKey, NetworkId network, Function<Locale, Message> message) {
		Message rendered = message.apply(language(network));
		List<ConversationKey> conversations = audience(network);
		for (ConversationKey conversation : conversations) {
			outbox.enqueue(messageKey, network, Recipient.conversation(conversation), rendered);
		}
		return conversations.size();
	}

	/** A one-off broadcast, under a key of its own (not protected against repeats). */
	public int post(NetworkId network, Function<Locale, Message> message) {
		return post("broadcast:" + UUID.randomUUID(), network, message);
	}

	List<ConversationKey> audience(NetworkId network) {
		return audience.conversations(network);
	}

	Locale language(NetworkId network) {
		return audience.language(network);
	}

}
