package se.samverka.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Sender;

/**
 * A direct message to the bot. Only plain messages from people count: edits, deletions
 * and other subtypes arrive as other event types and are acknowledged without effect;
 * messages from bots, the bot's own included, are ignored, so the bot never answers
 * itself. Messages in channels are left alone: there people talk to the bot with a
 * mention.
 */
class DirectMessageListener implements BoltEventHandler<MessageEvent> {

	private final SlackJournal journal;

	DirectMessageListener(SlackJournal journal) {
		this.journal = journal;
	}

	@Override
	public Response apply(EventsApiPayload<MessageEvent> payload, EventContext context) {
		MessageEvent event = payload.getEvent();
		boolean fromBot = event.getBotId() != null || event.getBotProfile() != null || event.getUser() == null
				|| event.getUser().equals(context.getBotUserId());
		if (!"im".equals(event.getChannelType()) || fromBot) {
			return context.ack();
		}
		JournalledRequest request = new JournalledRequest("slack:event:" + payload.getEventId(),
				JournalledRequest.Kind.DIRECT, payload.getTeamId(), event.getChannel(), null, event.getUser(), null,
				MentionListener.withoutBotMention(event.getText(), context.getBotUserId()), event.getThreadTs());
		if (!this.journal.offer(request)) {
			throw new SlackDialogue.NoRoom();
		}
		return context.ack();
	}

}
