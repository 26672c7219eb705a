package se.samverka.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.conversation.KnownConversation;
import se.samverka.delivery.ChannelSender;
import se.samverka.delivery.DeliveryFailed;
import se.samverka.delivery.OpenedConversation;
import se.samverka.delivery.PersonAddress;

/**
 * Proactive Teams messages: the stored ConversationReference says where (serviceUrl,
 * conversation), and the message is posted as a new activity in that conversation. A
 * reference whose serviceUrl host is not allowed is refused before anything is sent.
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

	/** The Bot Connector's request body passes the gate ({@link GatedBody}). */
	@Override
	public boolean passesGate() {
		return true;
	}

	@Override
	public void send(KnownConversation target, Message message) {
		post(target, message);
	}

	/**
	 * A message too big for one card goes out as several activities; their ids are kept
	 * together (comma-separated) so an update can replace each of them.
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
	 * Replaces the activities of an earlier post with the new message's, one by one. If
	 * the new message needs more activities than the old one had, the rest is posted as
	 * new messages; if it needs fewer, the old extra parts stay as they were.
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
				String id = connector.post(reference.getServiceUrl(), reference.getConversation().getId(), null,
						activity);
				if (id != null) {
					kept.add(id);
				}
			}
		}
		return String.join(",", kept);
	}

	/**
	 * Opens the one-to-one chat with a person from the reference of a conversation they
	 * wrote in (its serviceUrl, the bot and the person's Teams id), as Teams' proactive
	 * messaging does.
	 */
	@Override
	public Optional<OpenedConversation> openPersonal(PersonAddress person) {
		if (person.reach() == null || person.reach().isBlank()) {
			return Optional.empty();
		}
		ConversationReference seen = reference(person.reach(), "person " + person.userId());
		ChannelAccount user = seen.getUser();
		if (user == null || user.getId() == null) {
			return Optional.empty();
		}
		ConversationParameters parameters = new ConversationParameters();
		parameters.setBot(seen.getBot());
		parameters.setMembers(List.of(user));
		parameters.setIsGroup(false);
		parameters.setTenantId(person.tenant());
		parameters.setChannelData(Map.of("tenant", Map.of("id", person.tenant())));
		String id = connector.createConversation(seen.getServiceUrl(), parameters);

		ConversationAccount conversation = new ConversationAccount();
		conversation.setId(id);
		conversation.setConversationType("personal");
		conversation.setTenantId(person.tenant());
		ConversationReference personal = new ConversationReference();
		personal.setServiceUrl(seen.getServiceUrl());
		personal.setChannelId(seen.getChannelId());
		personal.setBot(seen.getBot());
		personal.setUser(user);
		personal.setConversation(conversation);
		return Optional.of(new OpenedConversation(new ConversationKey(Channel.TEAMS, person.tenant(), id),
				Serialization.toStringSilent(personal)));
	}

	private static Activity addressed(Activity activity, ConversationReference reference) {
		activity.setConversation(reference.getConversation());
		activity.setFrom(reference.getBot());
		activity.setChannelId(reference.getChannelId());
		activity.setServiceUrl(reference.getServiceUrl());
		return activity;
	}

	private static ConversationReference reference(KnownConversation target) {
		return reference(target.platformReference(), "conversation " + target.id());
	}

	private static ConversationReference reference(String json, String what) {
		ConversationReference reference = null;
		if (json != null && !json.isBlank()) {
			try {
				reference = Serialization.treeToValue(Serialization.jsonToTree(json), ConversationReference.class);
			}
			catch (java.io.IOException | RuntimeException ex) {
				log.warn("Stored reference of {} is unreadable", what);
			}
		}
		if (reference == null || reference.getServiceUrl() == null || reference.getConversation() == null
				|| reference.getConversation().getId() == null) {
			throw new DeliveryFailed("no usable Teams conversation reference", true, null);
		}
		return reference;
	}

}
