package se.samverka.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.IdentityNumbers;
import se.samverka.chat.Inbound;
import se.samverka.chat.LogTally;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.conversation.TranscriptEntry.Direction;

/**
 * Every message in and out on every channel, in MongoDB. Recording an inbound message is
 * also how redeliveries are recognised: its platform key is unique, so the second copy is
 * refused.
 */
@Service
public class Transcript {

	/** Slack truncates above this; nobody needs more kept from one message. */
	static final int MAX_STORED_TEXT = 40_000;

	private static final Logger log = LoggerFactory.getLogger(Transcript.class);

	/**
	 * Redeliveries come in floods (a retrying platform, a load test): a line a minute.
	 */
	private final LogTally redeliveries = new LogTally(log, Level.INFO);

	private final MongoTemplate mongo;

	private final Clock clock;

	Transcript(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Keeps an inbound message. Returns false, and keeps nothing, when this delivery was
	 * seen before.
	 */
	public boolean recordInbound(Inbound inbound, PersonId person, NetworkId network) {
		// data about an individual child must not stay in the network's memory
		String text = IdentityNumbers.mask(inbound.text());
		boolean truncated = text.length() > MAX_STORED_TEXT;
		TranscriptEntry entry = new TranscriptEntry(null, inbound.dedupKey(), idOf(network),
				inbound.conversation().asString(), inbound.conversation().channel(), person.value(), Direction.IN,
				clock.instant(), truncated ? text.substring(0, MAX_STORED_TEXT) : text, null, truncated, null, null);
		try {
			mongo.insert(entry);
			return true;
		}
		catch (DuplicateKeyException ex) {
			redeliveries.log("Dropped a redelivered message (conversation {}, key {})",
					inbound.conversation().asString(), inbound.dedupKey());
			return false;
		}
	}

	/**
	 * Keeps only that an anonymous command was used: no person, no text, no personal
	 * conversation (which would name its owner), the platform key hashed and the time to
	 * the minute. Returns false when this delivery was seen before.
	 */
	public boolean recordAnonymous(Inbound inbound, String commandName, NetworkId network) {
		TranscriptEntry entry = new TranscriptEntry(null, TranscriptEntry.ANONYMOUS + sha256(inbound.dedupKey()),
				idOf(network), anonymousConversation(inbound.conversation(), inbound.kind()),
				inbound.conversation().channel(), null, Direction.IN, clock.instant().truncatedTo(ChronoUnit.MINUTES),
				"[" + commandName + "]", null, false, null, null);
		try {
			mongo.insert(entry);
			return true;
		}
		catch (DuplicateKeyException ex) {
			redeliveries.log("Dropped a redelivered anonymous command");
			return false;
		}
	}

	/**
	 * A reply to an anonymous command, kept like the command: no person, no personal
	 * conversation.
	 */
	public void recordAnonymousReply(Inbound inbound, NetworkId network, Message message) {
		String text = IdentityNumbers.mask(message.fallbackText());
		mongo.insert(new TranscriptEntry(null, TranscriptEntry.ANONYMOUS + "out:" + UUID.randomUUID(), idOf(network),
				anonymousConversation(inbound.conversation(), inbound.kind()), inbound.conversation().channel(), null,
				Direction.OUT, clock.instant().truncatedTo(ChronoUnit.MINUTES), cut(text), null,
				text.length() > MAX_STORED_TEXT, null, null));
	}

	private static String anonymousConversation(ConversationKey conversation, ConversationKind kind) {
		return kind == ConversationKind.PERSONAL ? "anonymous" : conversation.asString();
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static String cut(String text) {
		return text.length() > MAX_STORED_TEXT ? text.substring(0, MAX_STORED_TEXT) : text;
	}

	/**
	 * Keeps what a pressed button did ("röstade ja på 30 sep") as the text of its inbound
	 * entry, in place of the command it sent.
	 */
	public void describeInbound(String dedupKey, String description) {
		mongo.updateFirst(Query.query(Criteria.where("dedupKey").is(dedupKey)),
				Update.update("text", IdentityNumbers.mask(description)), TranscriptEntry.class);
	}

	/**
	 * Files an inbound message that arrived outside any network under the network it led
	 * to.
	 */
	public void assignNetwork(String dedupKey, NetworkId network) {
		mongo.updateFirst(Query.query(Criteria.where("dedupKey").is(dedupKey).and("networkId").is(null)),
				Update.update("networkId", network.value()), TranscriptEntry.class);
	}

	/**
	 * Keeps a message the bot sent; {@code person} is the one it was for, or null for a
	 * shared conversation.
	 */
	public void recordOutbound(ConversationKey conversation, PersonId person, NetworkId network, Message message) {
		recordPosted(conversation, person, network, message, null, null);
	}

	/**
	 * Keeps a message the bot posted ({@code replaces} null) or a new version of one it
	 * posted before ({@code replaces} the id it had), with the platform's id it has now.
	 */
	public void recordPosted(ConversationKey conversation, PersonId person, NetworkId network, Message message,
			String messageId, String replaces) {
		String text = IdentityNumbers.mask(message.fallbackText());
		boolean truncated = text.length() > MAX_STORED_TEXT;
		mongo.insert(new TranscriptEntry(null, "out:" + UUID.randomUUID(), idOf(network), conversation.asString(),
				conversation.channel(), person == null ? null : person.value(), Direction.OUT, clock.instant(),
				truncated ? text.substring(0, MAX_STORED_TEXT) : text, MessageDocuments.toMaps(message), truncated,
				blankToNull(messageId), blankToNull(replaces)));
	}

	private static String blankToNull(String id) {
		return id == null || id.isBlank() ? null : id;
	}

	/** The dialogue of one conversation, oldest first. */
	public List<TranscriptEntry> of(ConversationKey conversation) {
		return mongo.find(
				Query.query(Criteria.where("conversation").is(conversation.asString())).with(Sort.by("at", "_id")),
				TranscriptEntry.class);
	}

	private static String idOf(NetworkId network) {
		return network == null ? null : network.value();
	}

}
