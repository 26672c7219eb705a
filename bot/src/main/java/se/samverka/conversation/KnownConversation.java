package se.samverka.conversation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;

/**
 * A conversation the bot has been part of, with what its adapter needs to post there
 * again ({@code platformReference}: a Teams ConversationReference as JSON, a Slack
 * channel id, ...).
 */
@Document("conversations")
public record KnownConversation(@Id String id, Channel channel, String tenant, String conversationId,
		ConversationKind kind, String platformReference, Instant lastSeen) {

	public ConversationKey key() {
		return new ConversationKey(channel, tenant, conversationId);
	}

}
