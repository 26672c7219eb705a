package se.samverka.chat;

import java.util.Objects;

/**
 * One conversation on one platform: a Teams chat or channel (tenant, conversation id), a
 * Slack channel or DM (team id, channel id) or a playground room.
 */
public record ConversationKey(Channel channel, String tenant, String conversationId) {

	public ConversationKey {
		Objects.requireNonNull(channel, "channel");
		tenant = tenant == null ? "" : tenant;
		Objects.requireNonNull(conversationId, "conversationId");
	}

	/** A stable string form, used as a key in storage. */
	public String asString() {
		return channel.name().toLowerCase() + ":" + tenant + ":" + conversationId;
	}

}
