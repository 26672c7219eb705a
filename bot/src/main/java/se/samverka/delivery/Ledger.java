package se.samverka.delivery;

import static se.samverka.delivery.LedgerEntry.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;

import se.samverka.storage.Durability;

/**
 * The ledger's storage: the {@code outbox} collection, its indexes, and every read and
 * write of its entries. Each write is one single-document operation; the claim is an
 * indexed swap on {@code ready} that only one instance can win, and is on disk before its
 * send (here, or just before the platform is called), so that a crash after the send
 * cannot forget it and send again.
 */
@Component
class Ledger {

	private final MongoTemplate mongo;

	private final Clock clock;

	Ledger(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		var collection = mongo.getCollection(COLLECTION);
		collection.createIndex(Indexes.ascending(STATE, NOT_BEFORE));
		collection.createIndex(Indexes.ascending(NETWORK, CREATED_AT));
		collection.createIndex(Indexes.ascending(MESSAGE_KEY), new IndexOptions());
		// A unique sparse index makes the claim an indexed single-document swap, in
		// MongoDB and in the embedded server alike (which uses an index only when the
		// query names exactly its keys).
		collection.createIndex(Indexes.ascending(READY), new IndexOptions().unique(true).sparse(true));
	}

	Instant now() {
		return clock.instant();
	}

	/** The database the ledger is in, for what instances share beside it. */
	MongoTemplate database() {
		return mongo;
	}

	/** Adds the entry; false when one with its id was there already. */
	boolean insert(LedgerEntry entry) {
		try {
			mongo.insert(entry.toDocument(), COLLECTION);
			return true;
		}
		catch (DuplicateKeyException already) {
			return false;
		}
	}

	/**
	 * Claims the PENDING entry with this id for {@code owner}, or null when it is not.
	 * With MongoDB the claim is durable when this returns (journaled on a majority); the
	 * embedded server's file gets it when {@link Deliveries} calls the platform.
	 */
	LedgerEntry claim(String id, String owner, Duration lease) {
		Instant now = clock.instant();
		Update update = new Update().set(STATE, DeliveryState.SENDING.name())
			.unset(READY)
			.unset(SENDING_FROM)
			.set(LEASE_OWNER, owner)
			.set(LEASE_UNTIL, Date.from(now.plus(lease)))
			.set(UPDATED_AT, Date.from(now))
			.inc(ATTEMPTS, 1);
		Document claimed = mongo.getCollection(COLLECTION)
			.withWriteConcern(Durability.CRASH_SAFE)
			.findOneAndUpdate(new Document(READY, id), update.getUpdateObject(),
					new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
		return claimed == null ? null : LedgerEntry.of(claimed);
	}

	/**
	 * Records the outcome of a claim. By id alone: nobody else can have claimed the entry
	 * meanwhile, since only PENDING entries are claimed; at most a lease that ran out
	 * made it UNCERTAIN, and then what the claimant learnt is the better record.
	 */
	void finish(String id, Update update) {
		update.unset(LEASE_OWNER);
		update.unset(LEASE_UNTIL);
		update.set(UPDATED_AT, Date.from(clock.instant()));
		mongo.updateFirst(Query.query(Criteria.where(ID).is(id)), update, COLLECTION);
	}

	/** Puts a claimed entry back, untouched, to be sent at {@code notBefore}. */
	void release(String id, Instant notBefore) {
		finish(id,
				new Update().set(STATE, DeliveryState.PENDING.name())
					.set(READY, id)
					.set(NOT_BEFORE, Date.from(notBefore))
					.inc(ATTEMPTS, -1));
	}

	/**
	 * Marks a claim as going out now, just before the platform is called, provided
	 * {@code owner} still holds it; false when its lease ran out and it went back. With
	 * MongoDB the mark is journaled on a majority before this returns; the embedded
	 * server's file gets it when {@link Deliveries} commits just after.
	 */
	boolean markSending(String id, String owner) {
		Document claim = new Document(ID, id).append(STATE, DeliveryState.SENDING.name()).append(LEASE_OWNER, owner);
		return mongo.getCollection(COLLECTION)
			.withWriteConcern(Durability.CRASH_SAFE)
			.updateOne(claim, new Document("$set", new Document(SENDING_FROM, Date.from(clock.instant()))))
			.getMatchedCount() > 0;
	}

	/**
	 * Entries whose lease ran out while SENDING: with the sending mark they may have gone
	 * out, so they are UNCERTAIN and never resent; without it their claimant died (or
	 * stalled) before calling the platform, so they go back to PENDING, and a stalled
	 * claimant finds its mark refused ({@link #markSending}) and sends nothing.
	 */
	int expireLeases() {
		Instant now = clock.instant();
		Update update = new Update().set(STATE, DeliveryState.UNCERTAIN.name())
			.set(NOTE, "lease expired while sending")
			.set(UPDATED_AT, Date.from(now));
		var result = mongo.updateMulti(Query.query(Criteria.where(STATE)
			.is(DeliveryState.SENDING.name())
			.and(LEASE_UNTIL)
			.lt(Date.from(now))
			.and(SENDING_FROM)
			.exists(true)), update, COLLECTION);
		int expired = (int) result.getModifiedCount();
		expired += backToPending(Criteria.where(STATE)
			.is(DeliveryState.SENDING.name())
			.and(LEASE_UNTIL)
			.lt(Date.from(now))
			.and(SENDING_FROM)
			.exists(false));
		return expired;
	}

	/**
	 * After a crash: the entry's send had started (attempt {@code attempt}) and its
	 * outcome is not known, so it may have gone out: UNCERTAIN, never resent. False when
	 * the ledger has its outcome already.
	 */
	boolean startedBeforeCrash(String id, int attempt) {
		return settleAfterCrash(id, attempt,
				new Update().set(STATE, DeliveryState.UNCERTAIN.name()).set(NOTE, "stopped while sending"));
	}

	/** After a crash: the send went out, though the ledger lost that it did. */
	boolean sentBeforeCrash(String id, int attempt) {
		return settleAfterCrash(id, attempt,
				new Update().set(STATE, DeliveryState.SENT.name()).set(SENT_AT, Date.from(clock.instant())));
	}

	private boolean settleAfterCrash(String id, int attempt, Update update) {
		update.unset(READY).unset(LEASE_OWNER).unset(LEASE_UNTIL).set(UPDATED_AT, Date.from(clock.instant()));
		return mongo.updateFirst(Query.query(Criteria.where(ID)
			.is(id)
			.and(STATE)
			.in(DeliveryState.PENDING.name(), DeliveryState.SENDING.name())
			.and(ATTEMPTS)
			.lte(attempt)), update, COLLECTION).getModifiedCount() > 0;
	}

	/**
	 * After a crash, with one instance on the embedded database: every entry still
	 * SENDING never reached the platform (the send journal has the others), so it goes
	 * back to PENDING.
	 */
	int neverStarted() {
		return backToPending(Criteria.where(STATE).is(DeliveryState.SENDING.name()));
	}

	/** Puts the SENDING entries that match back to PENDING, one by one. */
	private int backToPending(Criteria sending) {
		Instant now = clock.instant();
		Query stale = Query.query(sending);
		stale.fields().include(ID);
		int back = 0;
		for (Document entry : mongo.find(stale, Document.class, COLLECTION)) {
			String id = entry.getString(ID);
			back += (int) mongo.updateFirst(Query.query(new Criteria().andOperator(Criteria.where(ID).is(id), sending)),
					new Update().set(STATE, DeliveryState.PENDING.name())
						.set(READY, id)
						.set(UPDATED_AT, Date.from(now))
						.unset(LEASE_OWNER)
						.unset(LEASE_UNTIL)
						.inc(ATTEMPTS, -1),
					COLLECTION)
				.getModifiedCount();
		}
		return back;
	}

	/**
	 * Every PENDING entry (id, scopes, when it may go), oldest first; entries from before
	 * the {@code ready} field get it.
	 */
	List<Document> pending() {
		Query pending = Query.query(Criteria.where(STATE).is(DeliveryState.PENDING.name()));
		pending.fields().include(ID, SCOPES, NOT_BEFORE, CREATED_AT, READY);
		List<Document> found = new java.util.ArrayList<>(mongo.find(pending, Document.class, COLLECTION));
		found.sort(java.util.Comparator.comparing((Document d) -> d.getDate(CREATED_AT),
				java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
		for (Document d : found) {
			if (d.get(READY) == null) {
				mongo.updateFirst(Query.query(Criteria.where(ID).is(d.get(ID))), new Update().set(READY, d.get(ID)),
						COLLECTION);
			}
		}
		return found;
	}

	DeliveryCounts countsByKeyPrefix(String messageKeyPrefix) {
		return counts(Criteria.where(MESSAGE_KEY).regex("^" + Pattern.quote(messageKeyPrefix)));
	}

	DeliveryCounts countsOf(Collection<String> ids) {
		return counts(Criteria.where(ID).in(ids));
	}

	private DeliveryCounts counts(Criteria criteria) {
		var results = mongo.aggregate(
				Aggregation.newAggregation(Aggregation.match(criteria), Aggregation.group(STATE).count().as("n")),
				COLLECTION, Document.class);
		Map<DeliveryState, Integer> byState = new EnumMap<>(DeliveryState.class);
		results.getMappedResults()
			.forEach(d -> byState.merge(DeliveryState.valueOf(d.getString(ID)), ((Number) d.get("n")).intValue(),
					Integer::sum));
		return DeliveryCounts.of(byState);
	}

	/** The persons (ids) whose entries under {@code messageKey} are UNREACHABLE. */
	List<String> unreachablePersons(String messageKey) {
		Query query = Query.query(Criteria.where(MESSAGE_KEY)
			.is(messageKey)
			.and(STATE)
			.is(DeliveryState.UNREACHABLE.name())
			.and(PERSON)
			.ne(null));
		query.fields().include(PERSON);
		return mongo.find(query, Document.class, COLLECTION).stream().map(d -> d.getString(PERSON)).toList();
	}

	/** True while the entry is PENDING or being sent. */
	boolean stillToSend(String id) {
		Map<String, Object> raw = raw(id);
		Object state = raw == null ? null : raw.get(STATE);
		return DeliveryState.PENDING.name().equals(state) || DeliveryState.SENDING.name().equals(state);
	}

	Map<String, Object> raw(String id) {
		return mongo.findById(id, Document.class, COLLECTION);
	}

}
