package se.samverka.delivery;

import java.util.Optional;

import se.samverka.chat.Channel;
import se.samverka.chat.Message;
import se.samverka.conversation.KnownConversation;

/**
 * Posts a message to a conversation on one platform, outside any turn (proactively). Each
 * channel adapter (teams, slack, web) provides one.
 */
public interface ChannelSender {

	Channel channel();

	/**
	 * Posts {@code message}; throws {@link DeliveryFailed} when the platform refused or
	 * could not be reached.
	 */
	void send(KnownConversation target, Message message);

	/**
	 * Posts {@code message} and returns the platform's id for it (a Teams activity id, a
	 * Slack message ts, a playground message id) so that it can be updated later; null
	 * when the channel gives none.
	 */
	default String post(KnownConversation target, Message message) {
		send(target, message);
		return null;
	}

	/**
	 * Replaces a message posted earlier with {@link #post}, in place. Returns the id to
	 * keep for the message from now on (it grows when the new version needed more parts
	 * than the old one), or null when this channel cannot update; throws
	 * {@link DeliveryFailed} when the platform refused.
	 */
	default String update(KnownConversation target, String messageId, Message message) {
		return null;
	}

	/**
	 * True when this sender passes {@link SendGate#current()} itself as late as it can,
	 * just before the request's body is written; otherwise it is passed for it before
	 * {@link #post} or {@link #update} is called.
	 */
	default boolean passesGate() {
		return false;
	}

	/**
	 * Opens (or finds) the person's one-to-one conversation with the bot; empty when this
	 * channel cannot reach them privately. Throws {@link DeliveryFailed} when the
	 * platform refused.
	 */
	default Optional<OpenedConversation> openPersonal(PersonAddress person) {
		return Optional.empty();
	}

}
