package se.samverka.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverka.chat.Channel;

/**
 * One message in or out, kept as the network's memory. {@code dedupKey} is unique: the
 * platform's id for an inbound delivery, a fresh id for what the bot sends. {@code card}
 * holds the channel-neutral blocks of what the bot sent; {@code text} its plain text.
 * {@code messageId} is the platform's id of a message the bot posted, when it may be
 * updated later; an update is kept as a new entry whose {@code replaces} names the id it
 * replaced, so the dialogue can be shown with each message once, in its latest version.
 */
@Document("transcript")
@CompoundIndex(name = "conversation_time", def = "{'conversation': 1, 'at': 1}")
public record TranscriptEntry(@Id String id, @Indexed(unique = true) String dedupKey, String networkId,
		String conversation, Channel channel, String personId, Direction direction, Instant at, String text,
		List<Map<String, Object>> card, boolean truncated, String messageId, String replaces) {

	/** How the keys of an anonymous command and of its replies begin. */
	static final String ANONYMOUS = "anon:";

	public enum Direction {

		IN, OUT

	}

	/**
	 * An anonymous command ("[vote]", no person) or a reply to one: kept so the dialogue
	 * is complete, shown to nobody, since in a shared conversation it would be anyone's.
	 */
	public boolean anonymous() {
		return dedupKey != null && dedupKey.startsWith(ANONYMOUS);
	}

}
