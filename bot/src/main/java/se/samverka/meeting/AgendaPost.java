package se.samverka.meeting;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;

/**
 * An agenda card the bot posted, remembered so that an edited agenda updates it in place.
 */
@Document("agenda_posts")
record AgendaPost(@Id String id, @Indexed String meetingId, Channel channel, String tenant, String conversationId,
		String messageId, String language, Instant postedAt) {

	ConversationKey conversation() {
		return new ConversationKey(channel, tenant, conversationId);
	}

}
