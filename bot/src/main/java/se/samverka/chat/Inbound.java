package se.samverka.chat;

import java.util.Objects;

/**
 * One message or action from a person, already verified by its adapter.
 *
 * @param dedupKey the platform's unique id for this delivery (Teams conversation +
 * activity id, Slack event id or trigger id, playground client message id); a redelivery
 * carries the same key
 * @param platformReference what the adapter needs to reach this conversation again later
 * (for Teams a serialized ConversationReference); opaque outside the adapter, may be null
 * @param text what the person typed, with any bot mention removed; for an action, its
 * command text
 * @param action the button or form behind this message, or null for typed text
 */
public record Inbound(String dedupKey, ConversationKey conversation, ConversationKind kind, Sender sender, String text,
		ActionInvocation action, String platformReference) {

	public Inbound {
		Objects.requireNonNull(dedupKey, "dedupKey");
		Objects.requireNonNull(conversation, "conversation");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(sender, "sender");
		text = action != null ? action.toCommandText() : (text == null ? "" : text);
	}

	public static Inbound typed(String dedupKey, ConversationKey conversation, ConversationKind kind, Sender sender,
			String text, String platformReference) {
		return new Inbound(dedupKey, conversation, kind, sender, text, null, platformReference);
	}

	public static Inbound action(String dedupKey, ConversationKey conversation, ConversationKind kind, Sender sender,
			ActionInvocation action, String platformReference) {
		return new Inbound(dedupKey, conversation, kind, sender, null, action, platformReference);
	}

}
