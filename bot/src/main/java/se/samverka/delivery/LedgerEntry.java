package se.samverka.delivery;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;

/**
 * One entry of the delivery ledger (collection {@code outbox}) as stored, and the names
 * of its fields: every class that reads or writes the ledger names them through here. The
 * shape is the one entries had before this class, so entries written by an older version
 * are read as they are.
 *
 * @param id {@code messageKey + "|" + recipient id}: unique, so a send is added once
 * @param topic what organisers see the entry under (a card's key for its posts and
 * updates); null means the message key
 * @param card the live card a post or update is for, or null for a plain message
 */
record LedgerEntry(String id, String messageKey, String topic, String network, Recipient recipient, String personId,
		List<String> scopes, Message message, String summary, DeliveryState state, int attempts, Instant notBefore,
		Instant createdAt, CardSend card) {

	static final String COLLECTION = "outbox";

	static final String ID = "_id";

	static final String MESSAGE_KEY = "messageKey";

	static final String TOPIC = "topic";

	static final String NETWORK = "network";

	static final String RECIPIENT = "recipient";

	static final String PERSON = "personId";

	static final String SCOPES = "scopes";

	static final String MESSAGE = "message";

	static final String SUMMARY = "summary";

	static final String STATE = "state";

	/**
	 * Holds the entry's id while it is PENDING; the one claim that wins unsets it (a
	 * unique sparse index).
	 */
	static final String READY = "ready";

	static final String ATTEMPTS = "attempts";

	static final String NOT_BEFORE = "notBefore";

	static final String CREATED_AT = "createdAt";

	static final String UPDATED_AT = "updatedAt";

	static final String LEASE_OWNER = "leaseOwner";

	static final String LEASE_UNTIL = "leaseUntil";

	/** Set, on disk, just before the platform is called for a claim. */
	static final String SENDING_FROM = "sendingFrom";

	static final String CONVERSATION = "conversation";

	static final String SENT_AT = "sentAt";

	static final String NOTE = "note";

	static final String CARD = "card";

	static final String CARD_ACTION = "cardAction";

	/** A live card's post or update: which card, and which of the two. */
	record CardSend(String cardId, boolean update) {
	}

	static String idOf(String messageKey, Recipient recipient) {
		return messageKey + "|" + recipient.id();
	}

	/** A new PENDING entry. */
	static LedgerEntry pending(String messageKey, String topic, NetworkId network, Recipient recipient, String personId,
			Message message, String summary, Instant notBefore, Instant now, CardSend card) {
		return new LedgerEntry(idOf(messageKey, recipient), messageKey, topic, network.value(), recipient, personId,
				scopesOf(recipient, card), message, summary != null ? summary : summaryOf(message),
				DeliveryState.PENDING, 0, notBefore, now, card);
	}

	/**
	 * The rate-limit scopes of a send. Slack limits posting per channel, while
	 * chat.update is a Web API method of its own (tier 3, per workspace): an in-place
	 * update of a card in Slack counts there, not against the channel's posts. Teams
	 * counts every request to a conversation, updates included.
	 */
	static List<String> scopesOf(Recipient recipient, CardSend card) {
		ConversationKey c = recipient.conversation();
		if (card != null && card.update() && c != null && c.channel() == Channel.SLACK) {
			return List.of(RateLimits.slackUpdateScope(c.tenant()));
		}
		return scopesOf(recipient);
	}

	String reportKey() {
		return topic != null ? topic : messageKey;
	}

	Channel channel() {
		return recipient.conversation() != null ? recipient.conversation().channel() : recipient.person().channel();
	}

	Document toDocument() {
		Date now = Date.from(createdAt);
		Document d = new Document(ID, id).append(MESSAGE_KEY, messageKey)
			.append(NETWORK, network)
			.append(RECIPIENT, recipientDocument(recipient))
			.append(PERSON, personId)
			.append(SCOPES, scopes)
			.append(MESSAGE, message == null ? List.of() : StoredMessages.toMaps(message))
			.append(SUMMARY, summary)
			.append(STATE, state.name())
			.append(READY, id)
			.append(ATTEMPTS, attempts)
			.append(NOT_BEFORE, Date.from(notBefore))
			.append(CREATED_AT, now)
			.append(UPDATED_AT, now);
		if (topic != null) {
			d.append(TOPIC, topic);
		}
		if (card != null) {
			d.append(CARD, card.cardId()).append(CARD_ACTION, card.update() ? "update" : "post");
		}
		return d;
	}

	static LedgerEntry of(Document d) {
		Date notBefore = d.getDate(NOT_BEFORE);
		Date created = d.getDate(CREATED_AT);
		String cardId = d.getString(CARD);
		List<?> maps = d.getList(MESSAGE, Object.class);
		return new LedgerEntry(d.getString(ID), d.getString(MESSAGE_KEY), d.getString(TOPIC), d.getString(NETWORK),
				recipientOf(d.get(RECIPIENT, Document.class)), d.getString(PERSON), d.getList(SCOPES, String.class),
				maps == null || maps.isEmpty() ? null : StoredMessages.fromMaps(maps), d.getString(SUMMARY),
				DeliveryState.valueOf(d.getString(STATE)), d.getInteger(ATTEMPTS, 1),
				notBefore == null ? Instant.EPOCH : notBefore.toInstant(),
				created == null ? Instant.EPOCH : created.toInstant(),
				cardId == null ? null : new CardSend(cardId, "update".equals(d.getString(CARD_ACTION))));
	}

	NetworkId networkId() {
		return new NetworkId(network);
	}

	private static Document recipientDocument(Recipient recipient) {
		if (recipient.conversation() != null) {
			ConversationKey c = recipient.conversation();
			return new Document("kind", "conversation").append("channel", c.channel().name())
				.append("tenant", c.tenant())
				.append("conversationId", c.conversationId());
		}
		PersonAddress p = recipient.person();
		return new Document("kind", "person").append("channel", p.channel().name())
			.append("tenant", p.tenant())
			.append("userId", p.userId())
			.append("personalConversation", p.personalConversation())
			.append("reach", p.reach());
	}

	private static Recipient recipientOf(Document r) {
		Channel channel = Channel.valueOf(r.getString("channel"));
		if ("conversation".equals(r.getString("kind"))) {
			return Recipient
				.conversation(new ConversationKey(channel, r.getString("tenant"), r.getString("conversationId")));
		}
		return Recipient.person(new PersonAddress(channel, r.getString("tenant"), r.getString("userId"),
				r.getString("personalConversation"), r.getString("reach")));
	}

	/**
	 * The rate-limit scopes a send to the recipient counts against: its conversation
	 * first (a person's one-to-one conversation, or the person while it is not yet
	 * known), then its tenant or workspace.
	 */
	static List<String> scopesOf(Recipient recipient) {
		if (recipient.conversation() != null) {
			ConversationKey c = recipient.conversation();
			return List.of(RateLimits.conversationScope(c.asString()), RateLimits.tenantScope(c.channel(), c.tenant()));
		}
		PersonAddress p = recipient.person();
		String conversation = p.personalConversation() != null ? p.personalConversation() : recipient.id();
		return List.of(RateLimits.conversationScope(conversation), RateLimits.tenantScope(p.channel(), p.tenant()));
	}

	/**
	 * The message's first line, shortened and with identity numbers masked, to name the
	 * send to organisers.
	 */
	static String summaryOf(Message message) {
		if (message == null) {
			return "";
		}
		String first = message.fallbackText().lines().findFirst().orElse("").strip();
		first = se.samverka.chat.IdentityNumbers.mask(first);
		return first.length() > 60 ? first.substring(0, 59) + "…" : first;
	}

}
