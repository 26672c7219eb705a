package se.samverka.dialogue;

import java.util.List;
import java.util.Locale;

import se.samverka.chat.Message;

/**
 * What a turn came to: the replies to send back in the person's language, or nothing
 * because this delivery was a duplicate of one already handled.
 *
 * @param forSenderOnly true when neither the message nor its replies may be shown to
 * anyone but the person who sent it (an anonymous command, or one refused in a shared
 * conversation): an adapter shows the replies where only they see them (Slack's ephemeral
 * messages, the playground's answer to the sender's page), or, in a shared conversation
 * where it cannot (a Teams channel), not at all; nor does it pass the message on to
 * others (the playground's live stream)
 * @param echo what a pressed button did, in the person's words ("röstade ja på 30 sep"),
 * for a page to show in place of the button's label; null when there is nothing to say
 */
public record TurnOutcome(boolean duplicate, Locale locale, List<Message> replies, boolean forSenderOnly, String echo) {

	public TurnOutcome {
		replies = List.copyOf(replies);
	}

	public TurnOutcome(boolean duplicate, Locale locale, List<Message> replies, boolean forSenderOnly) {
		this(duplicate, locale, replies, forSenderOnly, null);
	}

	static TurnOutcome duplicateDelivery() {
		return new TurnOutcome(true, null, List.of(), false);
	}

}
