package se.samverka.delivery;

import se.samverka.chat.ConversationKey;

/**
 * The outbox reached a person in a one-to-one conversation other than the one known for
 * them.
 */
public record PersonalConversationOpened(String personId, ConversationKey conversation) {
}
