package se.samverka.teams;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;

import se.samverka.chat.Channel;
import se.samverka.chat.Message;
import se.samverka.conversation.KnownConversation;
import se.samverka.delivery.ChannelSender;
import se.samverka.delivery.DeliveryFailed;

/**
 * Proactive Teams messages: the stored ConversationReference says where (serviceUrl, conversation),
 * and the message is posted as a new activity in that conversation. A reference whose serviceUrl
 * host is not allowed is refused before anything is sent.
 */
class TeamsSender implements ChannelSender {

	private static final Logger log = LoggerFactory.getLogger(TeamsSender.class);

	private final BotConnector connector;

	private final ReplyActivities replies;

	TeamsSender(BotConnector connector, ReplyActivities replies) {
		this.connector = connector;
		this.replies = replies;
	}

	@Override
	public Channel channel() {
		return Channel.TEAMS;
	}

	@Override
	public void send(KnownConversation target, Message message) {
		ConversationReference reference = reference(target);
		for (Activity activity : replies.of(message)) {
			activity.setConversation(reference.getConversation());
			activity.setFrom(reference.getBot());
			activity.setChannelId(reference.getChannelId());
			activity.setServiceUrl(reference.getServiceUrl());
			connector.post(reference.getServiceUrl(), reference.getConversation().getId(), null, activity);
		}
	}

	private static ConversationReference reference(KnownConversation target) {
		String json = target.platformReference();
		ConversationReference reference = null;
		if (json != null && !json.isBlank()) {
			try {
				reference = Serialization.treeToValue(Serialization.jsonToTree(json), ConversationReference.class);
			}
			catch (java.io.IOException | RuntimeException ex) {
				log.warn("Stored reference of conversation {} is unreadable", target.id());
			}
		}
		if (reference == null || reference.getServiceUrl() == null || reference.getConversation() == null
				|| reference.getConversation().getId() == null) {
			throw new DeliveryFailed("no usable Teams conversation reference", true, null);
		}
		return reference;
	}

}
