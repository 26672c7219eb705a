package se.samverka.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

import se.samverka.chat.Channel;
import se.samverka.chat.Inbound;
import se.samverka.chat.Sender;

/**
 * {@code /samverka <text>}: acknowledged at once, answered through the command's
 * response_url, visible only to the person who typed it. The response_url works in every
 * conversation where the command can be typed, even where the bot is not a member
 * (chat.postEphemeral would fail there with not_in_channel) and needs no extra scope.
 * What the whole channel should see, such as a join, is announced through the delivery
 * ledger (Outbox). When Samverka has no room for the command, the acknowledgement itself
 * says so ("busy, try again") and nothing is done.
 */
class SlashCommandListener implements SlashCommandHandler {

	private final SlackDialogue dialogue;

	private final SlackWebApi api;

	SlashCommandListener(SlackDialogue dialogue, SlackWebApi api) {
		this.dialogue = dialogue;
		this.api = api;
	}

	@Override
	public Response apply(SlashCommandRequest request, SlashCommandContext context) {
		var payload = request.getPayload();
		SlackAddress address = new SlackAddress(payload.getTeamId(), payload.getChannelId());
		String key = "slack:command:" + payload.getTriggerId();
		String responseUrl = payload.getResponseUrl();
		ReplyRoute route = ReplyRoute.privately(responseUrl != null && !responseUrl.isBlank()
				? m -> api.respond(responseUrl, m) : m -> api.postEphemeral(address, payload.getUserId(), m));
		boolean taken = dialogue.handleLater(key,
				() -> Inbound.typed(
						key, address.key(), address.kind(payload.getChannelName()), new Sender(Channel.SLACK,
								payload.getTeamId(), payload.getUserId(), payload.getUserName(), null),
						payload.getText(), address.toReference()),
				route);
		if (!taken) {
			// Slack never sends a command again: the person is told at once, in its
			// place
			String busy = dialogue.busy(payload.getTeamId(), payload.getUserId());
			return context.ack(r -> r.responseType("ephemeral").text(busy));
		}
		return context.ack();
	}

}
