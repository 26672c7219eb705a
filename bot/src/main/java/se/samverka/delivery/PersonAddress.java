package se.samverka.delivery;

import java.util.Objects;

import se.samverka.chat.Channel;

/**
 * How to reach one person privately on their platform: their identity there, their
 * one-to-one conversation with the bot when known (as
 * {@code ConversationKey.asString()}), and {@code reach}, the platform reference of a
 * conversation they wrote in (enough for Teams to open a new chat).
 */
public record PersonAddress(Channel channel, String tenant, String userId, String personalConversation, String reach) {

	public PersonAddress {
		Objects.requireNonNull(channel, "channel");
		tenant = tenant == null ? "" : tenant;
		Objects.requireNonNull(userId, "userId");
	}

}
