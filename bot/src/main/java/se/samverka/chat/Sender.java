package se.samverka.chat;

import java.util.Objects;

/**
 * The person behind an inbound message, as the platform names them: Teams AAD object id
 * or user id, Slack user id, or the playground's browser identity. {@code locale} is the
 * platform's hint (for example Teams' {@code sv-SE}), or null.
 */
public record Sender(Channel channel, String tenant, String userId, String displayName, String locale) {

	public Sender {
		Objects.requireNonNull(channel, "channel");
		tenant = tenant == null ? "" : tenant;
		Objects.requireNonNull(userId, "userId");
		displayName = displayName == null || displayName.isBlank() ? userId : displayName;
	}

}
