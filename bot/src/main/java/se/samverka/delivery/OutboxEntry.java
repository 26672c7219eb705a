package se.samverka.delivery;

import java.util.List;

import org.bson.Document;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;

/**
 * How a ledger entry's recipient and rate-limit scopes are kept in its document, and read
 * back.
 */
final class OutboxEntry {

	private OutboxEntry() {
	}

	static Document recipientDocument(Recipient recipient) {
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

	static Recipient recipientOf(Document entry) {
		Document r = entry.get("recipient", Document.class);
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
	static String summaryOf(se.samverka.chat.Message message) {
		String first = message.fallbackText().lines().findFirst().orElse("").strip();
		first = se.samverka.chat.IdentityNumbers.mask(first);
		return first.length() > 60 ? first.substring(0, 59) + "…" : first;
	}

	static DeliveryCounts counts(List<Document> byState) {
		int sent = 0;
		int pending = 0;
		int unreachable = 0;
		int failed = 0;
		int uncertain = 0;
		for (Document d : byState) {
			int n = ((Number) d.get("n")).intValue();
			switch (DeliveryState.valueOf(d.getString("_id"))) {
				case SENT -> sent += n;
				case PENDING, SENDING -> pending += n;
				case UNREACHABLE -> unreachable += n;
				case FAILED -> failed += n;
				case UNCERTAIN -> uncertain += n;
				default -> throw new IllegalStateException();
			}
		}
		return new DeliveryCounts(sent, pending, unreachable, failed, uncertain);
	}

}
