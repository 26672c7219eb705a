package se.samverka.network;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;

/**
 * A conversation that belongs to a network. Its id is the conversation key, so a
 * conversation belongs to one network at a time. {@code purposes} says what it is for.
 */
@Document("network_links")
public record NetworkLink(@Id String id, @Indexed String networkId, Channel channel, String tenant,
		String conversationId, Set<Purpose> purposes, String linkedBy, Instant linkedAt) {

	public ConversationKey conversation() {
		return new ConversationKey(channel, tenant, conversationId);
	}

	public boolean is(Purpose purpose) {
		return purposes != null && purposes.contains(purpose);
	}

	public enum Purpose {

		/** Where the network was created. */
		HOME,
		/** A channel of members, on any platform, that gets the network's posts. */
		MEMBERS,
		/** Receives the steering group's digests. */
		STEERING

	}

}
