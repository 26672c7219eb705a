package se.samverka.network;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverka.chat.Channel;

/**
 * Someone who has talked to Samverka on one platform. {@code locale} is null until they
 * choose a language; {@code currentNetworkId} is the network they last created or joined,
 * {@code chosenNetworkId} the one they chose with {@code network switch} (what their
 * personal chat is about when they are in several networks). {@code personalConversation}
 * is their one-to-one chat with the bot once known, and {@code reach} what their platform
 * needs to open one (for Teams the reference of a conversation they wrote in).
 */
@Document("people")
@CompoundIndex(name = "platform_identity", def = "{'channel': 1, 'tenant': 1, 'userId': 1}", unique = true)
public record Person(@Id String id, Channel channel, String tenant, String userId, String displayName, String locale,
		String currentNetworkId, Instant firstSeen, String personalConversation, String reach, String chosenNetworkId) {
}
