package se.samverka.slack;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;

/**
 * A Slack conversation: workspace (team) and channel id. Its reference form,
 * {@code team:channel}, is what Samverka stores to post there again.
 */
record SlackAddress(String team, String channel) {

	SlackAddress {
		team = team == null ? "" : team;
		if (channel == null || channel.isBlank()) {
			throw new IllegalArgumentException("A Slack conversation needs a channel id");
		}
	}

	ConversationKey key() {
		return new ConversationKey(Channel.SLACK, team, channel);
	}

	String toReference() {
		return team + ":" + channel;
	}

	/**
	 * Direct messages have ids starting with D; Slack names them "directmessage" in slash
	 * commands.
	 */
	ConversationKind kind(String channelName) {
		return channel.startsWith("D") || "directmessage".equals(channelName) ? ConversationKind.PERSONAL
				: ConversationKind.GROUP;
	}

	static SlackAddress fromReference(String reference, String fallbackTeam, String fallbackChannel) {
		if (reference != null) {
			int colon = reference.indexOf(':');
			if (colon >= 0 && colon < reference.length() - 1) {
				return new SlackAddress(reference.substring(0, colon), reference.substring(colon + 1));
			}
		}
		return new SlackAddress(fallbackTeam, fallbackChannel);
	}

}
