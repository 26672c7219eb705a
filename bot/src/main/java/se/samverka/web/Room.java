package se.samverka.web;

import java.util.Optional;
import java.util.regex.Pattern;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;

/**
 * A playground room: a person's own chat with the bot ({@code dm-<browser id>}, visible
 * only to that browser) or a shared room that behaves like a channel (any simple name,
 * open to everyone here).
 */
record Room(String id, ConversationKind kind) {

	static final String TENANT = "playground";

	private static final String PERSONAL_PREFIX = "dm-";

	static final Pattern BROWSER_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

	private static final Pattern SHARED_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");

	/**
	 * The room {@code roomId} as seen by {@code browserId}, or empty when it is not
	 * theirs to use.
	 */
	static Optional<Room> open(String roomId, String browserId) {
		if (roomId == null || browserId == null || !BROWSER_ID.matcher(browserId).matches()) {
			return Optional.empty();
		}
		if (roomId.startsWith(PERSONAL_PREFIX)) {
			return roomId.equals(PERSONAL_PREFIX + browserId) ? Optional.of(new Room(roomId, ConversationKind.PERSONAL))
					: Optional.empty();
		}
		return SHARED_ID.matcher(roomId).matches() ? Optional.of(new Room(roomId, ConversationKind.GROUP))
				: Optional.empty();
	}

	ConversationKey key() {
		return new ConversationKey(Channel.PLAYGROUND, TENANT, id);
	}

}
