package se.samverka.conversation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.Inbound;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.conversation.TranscriptEntry.Direction;

/**
 * Every message in and out on every channel, in MongoDB. Recording an inbound message is also how
 * redeliveries are recognised: its platform key is unique, so the second copy is refused.
 */
@Service
public class Transcript {

	/** Slack truncates above this; nobody needs more kept from one message. */
	static final int MAX_STORED_TEXT = 40_000;

	private static final Logger log = LoggerFactory.getLogger(Transcript.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	Transcript(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Keeps an inbound message. Returns false, and keeps nothing, when this delivery was seen before.
	 */
	public boolean recordInbound(Inbound inbound, PersonId person, NetworkId network) {
		String text = inbound.text();
		boolean truncated = text.length() > MAX_STORED_TEXT;
		TranscriptEntry entry = new TranscriptEntry(null, inbound.dedupKey(), idOf(network),
				inbound.conversation().asString(), inbound.conversation().channel(), person.value(), Direction.IN,
				clock.instant(), truncated ? text.substring(0, MAX_STORED_TEXT) : text, null, truncated);
		try {
			mongo.insert(entry);
			return true;
		}
		catch (DuplicateKeyException ex) {
			log.info("Dropped a redelivered message (conversation {}, key {})", inbound.conversation().asString(),
					inbound.dedupKey());
			return false;
		}
	}

	/** Files an inbound message that arrived outside any network under the network it led to. */
	public void assignNetwork(String dedupKey, NetworkId network) {
		mongo.updateFirst(Query.query(Criteria.where("dedupKey").is(dedupKey).and("networkId").is(null)),
				Update.update("networkId", network.value()), TranscriptEntry.class);
	}

	/** Keeps a message the bot sent; {@code person} is the one it was for, or null for a shared conversation. */
	public void recordOutbound(ConversationKey conversation, PersonId person, NetworkId network, Message message) {
		String text = message.fallbackText();
		boolean truncated = text.length() > MAX_STORED_TEXT;
		mongo.insert(new TranscriptEntry(null, "out:" + UUID.randomUUID(), idOf(network), conversation.asString(),
				conversation.channel(), person == null ? null : person.value(), Direction.OUT, clock.instant(),
				truncated ? text.substring(0, MAX_STORED_TEXT) : text, MessageDocuments.toMaps(message), truncated));
	}

	/** The dialogue of one conversation, oldest first. */
	public List<TranscriptEntry> of(ConversationKey conversation) {
		return mongo.find(Query.query(Criteria.where("conversation").is(conversation.asString()))
			.with(Sort.by("at", "_id")), TranscriptEntry.class);
	}

	private static String idOf(NetworkId network) {
		return network == null ? null : network.value();
	}

}
