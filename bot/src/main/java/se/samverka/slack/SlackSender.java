package se.samverka.slack;

import se.samverka.chat.Channel;
import se.samverka.chat.Languages;
import se.samverka.chat.Message;
import se.samverka.conversation.KnownConversation;
import se.samverka.delivery.ChannelSender;
import se.samverka.delivery.DeliveryFailed;

/**
 * Proactive posts to a Slack conversation with chat.postMessage. Slack's refusals become
 * {@link DeliveryFailed}: unreachable for a channel that is gone, archived or without the bot, or a
 * deactivated account; retryable for rate limits and outages.
 */
class SlackSender implements ChannelSender {

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

	@Override
	public void send(KnownConversation target, Message message) {
		SlackAddress address = SlackAddress.fromReference(target.platformReference(), target.tenant(),
				target.conversationId());
		for (SlackMessage part : renderer.render(message, Languages.SWEDISH)) {
			api.postMessage(address.channel(), null, part);
		}
	}

}
