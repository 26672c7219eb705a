package se.samverka.reflection;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;

/**
 * A board card the bot posted, remembered so that new notes update it in place. One per
 * board and conversation (the newest card there): a conversation is not flooded with
 * updates of old cards.
 */
@Document("board_posts")
record BoardPost(@Id String id, @Indexed String boardId, Channel channel, String tenant, String conversationId,
		String messageId, String language, Instant postedAt) {

	ConversationKey conversation() {
		return new ConversationKey(channel, tenant, conversationId);
	}

}
