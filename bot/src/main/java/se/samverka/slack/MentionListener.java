package se.samverka.slack;

import java.util.regex.Pattern;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;

import se.samverka.chat.Channel;
import se.samverka.chat.Inbound;
import se.samverka.chat.Sender;

/** {@code @Samverka <text>} in a channel: answered in a thread under the mention. */
class MentionListener implements BoltEventHandler<AppMentionEvent> {

	private static final Pattern ANY_LEADING_MENTION = Pattern.compile("^\\s*<@[A-Z0-9]+(\\|[^>]*)?>\\s*");

	private final SlackJournal journal;

	MentionListener(SlackJournal journal) {
		this.journal = journal;
	}

	@Override
	public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext context) {
		AppMentionEvent event = payload.getEvent();
		if (event.getUser() == null || event.getBotId() != null) {
			return context.ack();
		}
		String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
		JournalledRequest request = new JournalledRequest("slack:event:" + payload.getEventId(),
				JournalledRequest.Kind.MENTION, payload.getTeamId(), event.getChannel(), null, event.getUser(), null,
				withoutBotMention(event.getText(), context.getBotUserId()), thread);
		if (!this.journal.offer(request)) {
			throw new SlackDialogue.NoRoom();
		}
		return context.ack();
	}

	/**
	 * The text without the bot's mention; a mention of anyone else stays part of the
	 * text.
	 */
	static String withoutBotMention(String text, String botUserId) {
		if (text == null) {
			return "";
		}
		String stripped = botUserId == null ? ANY_LEADING_MENTION.matcher(text).replaceFirst("")
				: text.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", "");
		return stripped.strip();
	}

}
