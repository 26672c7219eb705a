package se.samverka.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.samverka.chat.Channel;
import se.samverka.chat.Languages;
import se.samverka.chat.Message;
import se.samverka.conversation.KnownConversation;
import se.samverka.delivery.ChannelSender;
import se.samverka.delivery.DeliveryFailed;
import se.samverka.delivery.OpenedConversation;
import se.samverka.delivery.PersonAddress;

/**
 * Proactive posts to a Slack conversation with chat.postMessage. Slack's refusals become
 * {@link DeliveryFailed}: unreachable for a channel that is gone, archived or without the
 * bot, or a deactivated account; retryable for rate limits and outages.
 */
class SlackSender implements ChannelSender {

	/** What a part no longer needed becomes: no words, so no language to choose. */
	static final SlackMessage EMPTIED = new SlackMessage(List.of(BlockKitRenderer.map("type", "divider")), "–");

	private final SlackWebApi api;

	private final BlockKitRenderer renderer;

	SlackSender(SlackWebApi api, BlockKitRenderer renderer) {
		this.api = api;
		this.renderer = renderer;
	}

	@Override
	public Channel channel() {
		return Channel.SLACK;
	}

	/**
	 * The Web API client passes the gate for each request body (GatedRequests, in
	 * SlackConfiguration).
	 */
	@Override
	public boolean passesGate() {
		return true;
	}

	@Override
	public void send(KnownConversation target, Message message) {
		post(target, message);
	}

	/**
	 * Returns the ts of each part the message was split into (Slack allows 50 blocks per
	 * message), comma-separated, so that an update can replace every part.
	 */
	@Override
	public String post(KnownConversation target, Message message) {
		SlackAddress address = address(target);
		List<String> ids = new ArrayList<>();
		for (SlackMessage part : renderer.render(message, Languages.SWEDISH)) {
			ids.add(api.postMessage(address, null, part));
		}
		return ids.stream().allMatch(Objects::nonNull) ? String.join(",", ids) : null;
	}

	/**
	 * chat.update for each part posted before. Parts the new message needs beyond those
	 * are posted as new messages (ChannelSender.update cannot hand their ts back, so a
	 * later update posts them again); old parts it no longer needs are emptied to a
	 * divider, so no outdated text stays visible. A message Slack no longer has
	 * (message_not_found) or will not let the bot change (cant_update_message) fails this
	 * update only: the conversation still takes new posts, so the failure is not
	 * "unreachable".
	 */
	@Override
	public String update(KnownConversation target, String messageId, Message message) {
		SlackAddress address = address(target);
		String[] ids = messageId.split(",");
		List<String> kept = new ArrayList<>(List.of(ids));
		List<SlackMessage> parts = renderer.render(message, Languages.SWEDISH);
		for (int i = 0; i < Math.max(parts.size(), ids.length); i++) {
			if (i >= parts.size()) {
				api.updateMessage(address, ids[i], EMPTIED);
			}
			else if (i < ids.length) {
				api.updateMessage(address, ids[i], parts.get(i));
			}
			else {
				kept.add(api.postMessage(address, null, parts.get(i)));
			}
		}
		return String.join(",", kept);
	}

	/** conversations.open gives the bot's DM channel with the person (scope im:write). */
	@Override
	public Optional<OpenedConversation> openPersonal(PersonAddress person) {
		SlackAddress dm = new SlackAddress(person.tenant(), api.openDirectMessage(person.tenant(), person.userId()));
		return Optional.of(new OpenedConversation(dm.key(), dm.toReference()));
	}

	private static SlackAddress address(KnownConversation target) {
		return SlackAddress.fromReference(target.platformReference(), target.tenant(), target.conversationId());
	}

}
