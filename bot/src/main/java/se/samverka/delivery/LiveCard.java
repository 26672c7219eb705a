package se.samverka.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;

/**
 * A card posted in one conversation and updated there in place: one per card (kind and
 * subject) and conversation, the newest post there. {@code updates} counts the updates
 * claimed so far (the next one is keyed {@code u<updates + 1>}); {@code nextUpdateAt} and
 * {@code updatingUntil} are the throttle, in real time.
 *
 * @param postEntry the ledger entry of the post this card stands for
 * @param messageId the platform's id of the posted card, null until it is posted
 */
@Document(LiveCard.COLLECTION)
@CompoundIndex(def = "{'kind': 1, 'subject': 1}")
record LiveCard(@Id String id, String kind, String subject, String network, Channel channel, String tenant,
		String conversationId, String language, String summary, String postEntry, String messageId, State state,
		long updates, Instant nextUpdateAt, Instant updatingUntil, Instant postedAt) {

	static final String COLLECTION = "live_cards";

	enum State {

		/** The post is in the ledger, not yet sent. */
		POSTING,
		/** Posted; {@code messageId} says where. */
		POSTED,
		/** The post was not (or may not have been) sent: nothing to update. */
		FAILED

	}

	static String idOf(String kind, String subject, ConversationKey conversation) {
		return kind + "|" + subject + "|" + conversation.asString();
	}

	/** The key organisers see the card's sends under. */
	static String keyOf(String kind, String subject) {
		return "card:" + kind + ":" + subject;
	}

	ConversationKey conversation() {
		return new ConversationKey(channel, tenant, conversationId);
	}

	java.util.Locale locale() {
		return java.util.Locale.forLanguageTag(language);
	}

}
