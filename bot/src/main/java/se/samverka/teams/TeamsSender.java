package se.samverka.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
		post(target, message);
	}

	/**
	 * A message too big for one card goes out as several activities; their ids are kept together
	 * (comma-separated) so an update can replace each of them.
	 */
	@Override
	public String post(KnownConversation target, Message message) {
		ConversationReference reference = reference(target);
		List<String> ids = new ArrayList<>();
		for (Activity activity : replies.of(message)) {
			ids.add(connector.post(reference.getServiceUrl(), reference.getConversation().getId(), null,
					addressed(activity, reference)));
		}
		return ids.stream().allMatch(Objects::nonNull) ? String.join(",", ids) : null;
	}

	/**
	 * Replaces the activities of an earlier post with the new message's, one by one. If the new
	 * message needs more activities than the old one had, the rest is posted as new messages; if it
	 * needs fewer, the old extra parts stay as they were.
	 */
	@Override
	public String update(KnownConversation target, String messageId, Message message) {
		ConversationReference reference = reference(target);
		String[] ids = messageId.split(",");
		List<String> kept = new ArrayList<>(List.of(ids));
		List<Activity> activities = replies.of(message);
		for (int i = 0; i < activities.size(); i++) {
			Activity activity = addressed(activities.get(i), reference);
			if (i < ids.length) {
				connector.update(reference.getServiceUrl(), reference.getConversation().getId(), ids[i], activity);
			}
			else {
				String id = connector.post(reference.getServiceUrl(), reference.getConversation().getId(), null, activity);
				if (id != null) {
					kept.add(id);
				}
			}
		}
		return String.join(",", kept);
	}

	private static Activity addressed(Activity activity, ConversationReference reference) {
		activity.setConversation(reference.getConversation());
		activity.setFrom(reference.getBot());
		activity.setChannelId(reference.getChannelId());
		activity.setServiceUrl(reference.getServiceUrl());
		return activity;
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
