package se.samverka.network;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.NetworkId;

/**
 * An organiser made a conversation receive the network's steering-group digests
 * ({@code steering here}).
 */
public record SteeringConversationLinked(NetworkId network, ConversationKey conversation) {
}
