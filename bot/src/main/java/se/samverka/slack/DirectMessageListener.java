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

	private final SlackDialogue dialogue;

	private final SlackWebApi api;

	private final SlackPeople people;

	DirectMessageListener(SlackDialogue dialogue, SlackWebApi api, SlackPeople people) {
		this.dialogue = dialogue;
		this.api = api;
		this.people = people;
	}

	@Override
	public Response apply(EventsApiPayload<MessageEvent> payload, EventContext context) {
		MessageEvent event = payload.getEvent();
		boolean fromBot = event.getBotId() != null || event.getBotProfile() != null || event.getUser() == null
				|| event.getUser().equals(context.getBotUserId());
		if (!"im".equals(event.getChannelType()) || fromBot) {
			return context.ack();
		}
		String team = payload.getTeamId();
		SlackAddress address = new SlackAddress(team, event.getChannel());
		String key = "slack:event:" + payload.getEventId();
		boolean taken = dialogue.handleLater(key,
				() -> Inbound.typed(key, address.key(), ConversationKind.PERSONAL,
						new Sender(Channel.SLACK, team, event.getUser(), people.nameOf(team, event.getUser(), null),
								null),
						MentionListener.withoutBotMention(event.getText(), context.getBotUserId()),
						address.toReference()),
				m -> api.postMessage(address, event.getThreadTs(), m));
		if (!taken) {
			throw new SlackDialogue.NoRoom();
		}
		return context.ack();
	}

}
