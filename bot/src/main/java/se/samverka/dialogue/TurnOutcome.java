package se.samverka.dialogue;

import java.util.List;
import java.util.Locale;

import se.samverka.chat.Message;

/**
 * What a turn came to: the replies to send back in the person's language, or nothing
 * because this delivery was a duplicate of one already handled.
 */
public record TurnOutcome(boolean duplicate, Locale locale, List<Message> replies) {

	public TurnOutcome {
		replies = List.copyOf(replies);
	}

	static TurnOutcome duplicateDelivery() {
		return new TurnOutcome(true, null, List.of());
	}

}
