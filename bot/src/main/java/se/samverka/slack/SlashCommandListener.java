package se.samverka.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * {@code /samverka <text>}: acknowledged at once, answered through the command's
 * response_url, visible only to the person who typed it. The response_url works in every
 * conversation where the command can be typed, even where the bot is not a member
 * (chat.postEphemeral would fail there with not_in_channel) and needs no extra scope.
 * What the whole channel should see, such as a join, is announced through the delivery
 * ledger (Outbox). The command is written to the inbound journal ({@link SlackJournal})
 * before it is acknowledged; when Samverka has no room for it, the acknowledgement itself
 * says so ("busy, try again") and nothing is done.
 */
class SlashCommandListener implements SlashCommandHandler {

	private final SlackDialogue dialogue;

	private final SlackJournal journal;

	SlashCommandListener(SlackDialogue dialogue, SlackJournal journal) {
		this.dialogue = dialogue;
		this.journal = journal;
	}

	@Override
	public Response apply(SlashCommandRequest request, SlashCommandContext context) {
		var payload = request.getPayload();
		JournalledRequest journalled = new JournalledRequest("slack:command:" + payload.getTriggerId(),
				JournalledRequest.Kind.COMMAND, payload.getTeamId(), payload.getChannelId(), payload.getChannelName(),
				payload.getUserId(), payload.getUserName(), payload.getText(), payload.getResponseUrl());
		if (!this.journal.offer(journalled)) {
			// Slack never sends a command again: the person is told at once, in its
			// place
			String busy = this.dialogue.busy(payload.getTeamId(), payload.getUserId());
			return context.ack(r -> r.responseType("ephemeral").text(busy));
		}
		return context.ack();
	}

}
