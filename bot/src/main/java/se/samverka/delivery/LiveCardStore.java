package se.samverka.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.NetworkId;

/**
 * The {@code live_cards} collection: where each card was posted and its throttle, changed
 * only by single-document updates so that several instances agree.
 */
@Component
class LiveCardStore {

	/**
	 * At most one update per card and conversation in this long
	 * ({@code samverka.cards.update-every}, 5 s: within Teams' per-conversation limits
	 * even with other posts beside it).
	 */
	private final Duration every;

	private final MongoTemplate mongo;

	LiveCardStore(MongoTemplate mongo, @Value("${samverka.cards.update-every:5s}") Duration every) {
		this.mongo = mongo;
		this.every = every;
	}

	/** The throttle: at most one update per card and conversation in this long. */
	Duration every() {
		return every;
	}

	/**
	 * The card in this conversation now stands for a new post (its ledger entry); the
	 * count of updates and the throttle carry on.
	 */
	void posting(String id, String kind, String subject, NetworkId network, ConversationKey conversation, Locale locale,
			String summary, String postEntry, Instant at) {
		Update update = new Update().set("kind", kind)
			.set("subject", subject)
			.set("network", network.value())
			.set("channel", conversation.channel())
			.set("tenant", conversation.tenant())
			.set("conversationId", conversation.conversationId())
			.set("language", locale.toLanguageTag())
			.set("summary", summary)
			.set("postEntry", postEntry)
			.set("messageId", null)
			.set("state", LiveCard.State.POSTING)
			.set("postedAt", at)
			.setOnInsert("updates", 0L)
			.setOnInsert("nextUpdateAt", Instant.EPOCH)
			.setOnInsert("updatingUntil", Instant.EPOCH);
		mongo.upsert(byId(id), update, LiveCard.class);
	}

	/** A card as it was before this collection, unless it is here already. */
	void adopt(LiveCard card) {
		if (!mongo.exists(byId(card.id()), LiveCard.class)) {
			try {
				mongo.insert(card);
			}
			catch (org.springframework.dao.DuplicateKeyException already) {
				// another instance adopted it first
			}
		}
	}

	void posted(String id, String postEntry, String messageId) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("postEntry").is(postEntry)),
				new Update().set("messageId", messageId).set("state", LiveCard.State.POSTED), LiveCard.class);
	}

	void failed(String id, String postEntry) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("postEntry").is(postEntry)),
				new Update().set("state", LiveCard.State.FAILED), LiveCard.class);
	}

	LiveCard find(String id) {
		return mongo.findById(id, LiveCard.class);
	}

	/**
	 * The subject's cards that are or will be posted, newest first, at most {@code max}.
	 */
	List<LiveCard> updatable(String kind, String subject, int max) {
		Query query = Query
			.query(Criteria.where("kind")
				.is(kind)
				.and("subject")
				.is(subject)
				.and("state")
				.in(LiveCard.State.POSTING, LiveCard.State.POSTED)
				.and("messageId")
				.ne(""))
			.with(Sort.by(Sort.Direction.DESC, "postedAt"))
			.limit(max);
		return mongo.find(query, LiveCard.class);
	}

	/**
	 * The throttle's gate, across instances: takes the card for update number
	 * {@code number} when no update of it is under way and the last began at least
	 * {@link #every()} ago; null when not now.
	 */
	LiveCard open(String id, long number, Instant now, Duration lease) {
		Query query = Query.query(Criteria.where("_id")
			.is(id)
			.and("state")
			.is(LiveCard.State.POSTED)
			.and("nextUpdateAt")
			.lte(now)
			.and("updatingUntil")
			.lte(now));
		Update update = new Update().max("updates", number)
			.set("nextUpdateAt", now.plus(every))
			.set("updatingUntil", now.plus(lease));
		return mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), LiveCard.class);
	}

	/**
	 * The update is over (sent or not): the next may go {@link #every()} after its
	 * answer. {@code messageId} is the id to keep (null: unchanged).
	 */
	void close(String id, Instant answeredAt, String messageId) {
		Update update = new Update().max("nextUpdateAt", answeredAt.plus(every)).set("updatingUntil", Instant.EPOCH);
		if (messageId != null) {
			update.set("messageId", messageId);
		}
		mongo.updateFirst(byId(id), update, LiveCard.class);
	}

	/** Counts an update that ended without being taken up. */
	void skip(String id, long number) {
		mongo.updateFirst(byId(id), new Update().max("updates", number), LiveCard.class);
	}

	private static Query byId(String id) {
		return Query.query(Criteria.where("_id").is(id));
	}

}
