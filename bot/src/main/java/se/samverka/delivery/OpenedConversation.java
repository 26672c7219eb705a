package se.samverka.delivery;

import se.samverka.chat.ConversationKey;

/**
 * A one-to-one conversation a channel opened with a person, and its reference for posting
 * there.
 */
public record OpenedConversation(ConversationKey key, String platformReference) {
}
