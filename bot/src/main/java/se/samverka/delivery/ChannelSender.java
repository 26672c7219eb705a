package se.samverka.delivery;

import se.samverka.chat.Channel;
import se.samverka.chat.Message;
import se.samverka.conversation.KnownConversation;

/**
 * Posts a message to a conversation on one platform, outside any turn (proactively). Each channel
 * adapter (teams, slack, web) provides one.
 */
public interface ChannelSender {

	Channel channel();

	/**
	 * Posts {@code message}; throws {@link DeliveryFailed} when the platform refused or could not be
	 * reached.
	 */
	void send(KnownConversation target, Message message);

}
