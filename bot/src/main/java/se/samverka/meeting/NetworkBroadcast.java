package se.samverka.meeting;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.delivery.Deliveries;
import se.samverka.network.NetworkAudience;

/**
 * Posts one message to every conversation linked to a network, on every platform, in the network's
 * language (its creator's, until networks have a language of their own).
 */
@Component
public class NetworkBroadcast {

	private final NetworkAudience audience;

	private final Deliveries deliveries;

	NetworkBroadcast(NetworkAudience audience, Deliveries deliveries) {
		this.audience = audience;
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

	List<ConversationKey> audience(NetworkId network) {
		return audience.conversations(network);
	}

	Locale language(NetworkId network) {
		return audience.language(network);
	}

}
