package se.samverka.poll;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;

/**
 * A poll card the bot posted, remembered so that votes and closing update it in place.
 * One per poll and conversation; {@code messageId} holds every part's id when the card
 * took several messages.
 */
@Document("poll_posts")
record PollPost(@Id String id, @Indexed String pollId, Channel channel, String tenant, String conversationId,
		String messageId, String language, Instant postedAt) {

	static String idOf(DatePoll poll, ConversationKey conversation) {
		return poll.id() + "|" + conversation.asString();
	}

	ConversationKey conversation() {
		return new ConversationKey(channel, tenant, conversationId);
	}

}
