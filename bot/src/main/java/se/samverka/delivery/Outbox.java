package se.samverka.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;

/**
 * The delivery ledger: every proactive message is one entry per (message key, recipient),
 * unique in MongoDB, claimed under a lease by exactly one drainer, sent within the
 * platforms' rate limits and recorded as SENT, UNREACHABLE, FAILED or UNCERTAIN. Nothing
 * is ever sent twice: only PENDING entries are sent, and an entry whose lease ran out
 * mid-send becomes UNCERTAIN, not PENDING.
 */
@Service
public class Outbox {

	static final String COLLECTION = "outbox";

	private static final String READY = "ready";

	/**
	 * How often the ledger is read again for entries this instance does not know (another
	 * instance's, a restart's).
	 */
	private static final Duration REFILL_EVERY = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	/**
	 * Waits for a rate-limit window shorter than this are slept through while holding the
	 * claim.
	 */
	private static final Duration SHORT_WAIT = Duration.ofSeconds(2);

	private final MongoTemplate mongo;

	private final Deliveries deliveries;

	private final Clock clock;

	/**
	 * Waiting for rate limits and Retry-After is in real time (notBefore, the limiter);
	 * the injected clock times the ledger's records and leases.
	 */
	private final Clock realTime = Clock.systemUTC();

	private final RateLimits limits;

	private final ApplicationEventPublisher events;

	private final Duration lease;

	private final String owner = UUID.randomUUID().toString();

	private final Object signal = new Object();

	private final ReadyQueue queue = new ReadyQueue();

	private final java.util.concurrent.atomic.AtomicLong nextRefill = new java.util.concurrent.atomic.AtomicLong(
			System.nanoTime());

	Outbox(MongoTemplate mongo, Deliveries deliveries, Clock clock, ApplicationEventPublisher events,
			@Value("${samverka.outbox.instances:1}") int instances,
			@Value("${samverka.outbox.lease:2m}") Duration lease) {
		this.mongo = mongo;
		this.deliveries = deliveries;
		this.clock = clock;
		this.events = events;
		this.limits = new RateLimits(instances);
		this.lease = lease;
		var collection = mongo.getCollection(COLLECTION);
		collection.createIndex(Indexes.ascending("state", "notBefore"));
		collection.createIndex(Indexes.ascending("network", "createdAt"));
		collection.createIndex(Indexes.ascending("messageKey"), new IndexOptions());
		// The claim: "ready" holds the entry's id while it is PENDING and is unset by the
		// one claim that
		// wins. A unique sparse index makes that an indexed single-document swap, in
		// MongoDB and in the
		// embedded server alike (which uses an index only when the query names exactly
		// its keys).
		collection.createIndex(Indexes.ascending(READY), new IndexOptions().unique(true).sparse(true));
	}

	/**
	 * One ledger entry per (messageKey, recipient), unique in MongoDB; enqueuing again
	 * adds nothing.
	 */
	public void enqueue(String messageKey, NetworkId network, Recipient recipient, Message message) {
		enqueue(messageKey, network, recipient, message, null);
	}

	/**
	 * As {@link #enqueue(String, NetworkId, Recipient, Message)}, noting which person it
	 * is for (shown to organisers).
	 */
	public void enqueue(String messageKey, NetworkId network, Recipient recipient, Message message, String personId) {
		if (add(messageKey, network, recipient, message, personId)) {
			wake();
		}
	}

	/** Adds the entry; false when it was there already. */
	boolean add(String messageKey, NetworkId network, Recipient recipient, Message message, String personId) {
		Instant now = clock.instant();
		Document entry = new Document("_id", messageKey + "|" + recipient.id()).append("messageKey", messageKey)
			.append("network", network.value())
			.append("recipient", OutboxEntry.recipientDocument(recipient))
			.append("personId", personId)
			.append("scopes", OutboxEntry.scopesOf(recipient))
			.append("message", StoredMessages.toMaps(message))
			.append("summary", OutboxEntry.summaryOf(message))
			.append("state", DeliveryState.PENDING.name())
			.append(READY, messageKey + "|" + recipient.id())
			.append("attempts", 0)
			.append("notBefore", new Date(0))
			.append("createdAt", Date.from(now))
			.append("updatedAt", Date.from(now));
		try {
			mongo.insert(entry, COLLECTION);
			queue.offer(
					new ReadyQueue.Item(entry.getString("_id"), entry.getList("scopes", String.class), Instant.EPOCH));
			return true;
		}
		catch (DuplicateKeyException already) {
			return false;
		}
	}

	/**
	 * Sends what is pending now, on this thread, until nothing is ready. Returns how many
	 * were attempted.
	 */
	public int drainNow() {
		return drainAtMost(Integer.MAX_VALUE);
	}

	/**
	 * Like {@link #drainNow()} but stops after {@code max} attempts (a drainer that is
	 * stopped mid-way).
	 */
	public int drainAtMost(int max) {
		int attempted = 0;
		expireLeases();
		refill();
		while (attempted < max) {
			Attempt attempt = sendOne();
			if (attempt == Attempt.NOTHING) {
				Duration wait = untilReady();
				if (wait == null || wait.compareTo(SHORT_WAIT) > 0 || !sleep(wait)) {
					break;
				}
				continue;
			}
			if (attempt == Attempt.SENT_OR_FAILED) {
				attempted++;
			}
		}
		return attempted;
	}

	public DeliveryCounts counts(String messageKeyPrefix) {
		Criteria criteria = Criteria.where("messageKey").regex("^" + Pattern.quote(messageKeyPrefix));
		var results = mongo.aggregate(
				Aggregation.newAggregation(Aggregation.match(criteria), Aggregation.group("state").count().as("n")),
				COLLECTION, Document.class);
		return OutboxEntry.counts(results.getMappedResults());
	}

	/**
	 * Waits (at most {@code timeout}) until no entry under the prefix is pending any
	 * more, for a turn that reports how a send went; returns the counts then.
	 */
	public DeliveryCounts settle(String messageKeyPrefix, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		DeliveryCounts counts = counts(messageKeyPrefix);
		while (counts.pending() > 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			counts = counts(messageKeyPrefix);
		}
		return counts;
	}

	/** The persons (ids) whose entries under {@code messageKey} are UNREACHABLE. */
	public List<String> unreachablePersons(String messageKey) {
		Query query = Query.query(Criteria.where("messageKey")
			.is(messageKey)
			.and("state")
			.is(DeliveryState.UNREACHABLE.name())
			.and("personId")
			.ne(null));
		query.fields().include("personId");
		return mongo.find(query, Document.class, COLLECTION).stream().map(d -> d.getString("personId")).toList();
	}

	enum Attempt {

		NOTHING, DEFERRED, SENT_OR_FAILED

	}

	/** Claims one entry that may go now and tries it; NOTHING when none may. */
	Attempt sendOne() {
		refillWhenDue();
		Claimed claimed = claimNext();
		if (claimed == null) {
			return Attempt.NOTHING;
		}
		return attempt(claimed);
	}

	/** How long until an entry this instance knows may go (null: it knows none). */
	Duration untilReady() {
		return queue.untilReady(limits, realTime.instant());
	}

	/**
	 * Claims the next entry that may go under this instance's lease (a send is reserved
	 * for it), or null.
	 */
	Document claim() {
		Claimed claimed = claimNext();
		return claimed == null ? null : claimed.entry();
	}

	/**
	 * A claimed entry, its queue item, and when its send was reserved under the rate
	 * limits.
	 */
	private record Claimed(Document entry, ReadyQueue.Item item, Instant reservedAt) {
	}

	private Claimed claimNext() {
		while (true) {
			Instant now = realTime.instant();
			ReadyQueue.Pick pick = queue.next(limits, now);
			if (pick.item() == null) {
				return null;
			}
			ReadyQueue.Item item = pick.item();
			Document entry = claimById(item.id());
			if (entry == null) {
				// sent, settled or claimed elsewhere since this instance saw it
				limits.refund(item.scopes(), now);
				queue.done(item.id());
				continue;
			}
			Date notBefore = entry.getDate("notBefore");
			if (notBefore != null && notBefore.toInstant().isAfter(now)) {
				// another instance held it back (a rate limit, Retry-After) after this
				// one saw it
				limits.refund(item.scopes(), now);
				release(entry, Duration.between(now, notBefore.toInstant()));
				queue.retry(new ReadyQueue.Item(item.id(), item.scopes(), notBefore.toInstant()));
				continue;
			}
			return new Claimed(entry, item, now);
		}
	}

	/** The claim itself: one indexed swap that only one instance can win. */
	private Document claimById(String id) {
		Instant now = clock.instant();
		Update update = new Update().set("state", DeliveryState.SENDING.name())
			.unset(READY)
			.set("leaseOwner", owner)
			.set("leaseUntil", Date.from(now.plus(lease)))
			.set("updatedAt", Date.from(now))
			.inc("attempts", 1);
		return mongo.findAndModify(Query.query(Criteria.where(READY).is(id)), update,
				FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
	}

	private Attempt attempt(Claimed claimed) {
		Document entry = claimed.entry();
		Recipient recipient = OutboxEntry.recipientOf(entry);
		List<String> scopes = entry.getList("scopes", String.class);
		NetworkId network = new NetworkId(entry.getString("network"));
		Message message = StoredMessages.fromMaps(entry.getList("message", Object.class));
		Channel channel = recipient.conversation() != null ? recipient.conversation().channel()
				: recipient.person().channel();
		try {
			ConversationKey reached;
			if (recipient.conversation() != null) {
				deliveries.deliver(recipient.conversation(), network, message);
				reached = recipient.conversation();
			}
			else {
				reached = deliveries.deliverToPerson(recipient.person(), network, message);
				String personId = entry.getString("personId");
				if (personId != null && !reached.asString().equals(recipient.person().personalConversation())) {
					events.publishEvent(new PersonalConversationOpened(personId, reached));
				}
			}
			limits.settle(scopes, claimed.reservedAt(), realTime.instant());
			finish(entry,
					new Update().set("state", DeliveryState.SENT.name())
						.set("conversation", reached.asString())
						.set("sentAt", Date.from(clock.instant())));
		}
		catch (DeliveryFailed failure) {
			if (channel == Channel.SLACK && failure.rateLimited()) {
				// Slack's limits count messages posted, and a 429 posted nothing (Teams
				// counts requests).
				limits.refund(scopes, claimed.reservedAt());
			}
			else {
				limits.settle(scopes, claimed.reservedAt(), realTime.instant());
			}
			int attempts = entry.getInteger("attempts", 1);
			SendPolicy.Decision decision = SendPolicy.after(channel, failure, attempts);
			log.info("Outbox entry {} on {}: {} → {}", entry.get("_id"), channel, failure.status(), decision.state());
			Update update = new Update().set("state", decision.state().name()).set("note", decision.note());
			if (decision.state() == DeliveryState.PENDING) {
				Instant notBefore = realTime.instant().plus(decision.delay());
				update.set("notBefore", Date.from(notBefore)).set(READY, entry.get("_id"));
				if (decision.pauseScope()) {
					limits.pause(scopes.get(0), notBefore);
					update.inc("attempts", -1);
				}
				finish(entry, update);
				queue.retry(new ReadyQueue.Item(claimed.item().id(), scopes, notBefore));
				return Attempt.SENT_OR_FAILED;
			}
			finish(entry, update);
		}
		catch (RuntimeException ex) {
			limits.settle(scopes, claimed.reservedAt(), realTime.instant());
			log.error("Outbox entry {} failed unexpectedly; not retried", entry.get("_id"), ex);
			finish(entry, new Update().set("state", DeliveryState.FAILED.name())
				.set("note", "unexpected " + ex.getClass().getSimpleName()));
		}
		queue.done(claimed.item().id());
		return Attempt.SENT_OR_FAILED;
	}

	/**
	 * Reads the ledger for PENDING entries this instance does not know yet: those another
	 * instance added, or that were left when an instance stopped. Entries from before the
	 * "ready" field get it.
	 */
	void refill() {
		nextRefill.set(System.nanoTime() + REFILL_EVERY.toNanos());
		Query pending = Query.query(Criteria.where("state").is(DeliveryState.PENDING.name()));
		pending.fields().include("_id", "scopes", "notBefore", "createdAt", READY);
		List<Document> found = new ArrayList<>(mongo.find(pending, Document.class, COLLECTION));
		found.sort(java.util.Comparator.comparing((Document d) -> d.getDate("createdAt"),
				java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
		int added = 0;
		for (Document d : found) {
			String id = d.getString("_id");
			if (d.get(READY) == null) {
				mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set(READY, id), COLLECTION);
			}
			Date notBefore = d.getDate("notBefore");
			if (queue.offer(new ReadyQueue.Item(id, d.getList("scopes", String.class),
					notBefore == null ? Instant.EPOCH : notBefore.toInstant()))) {
				added++;
			}
		}
		if (added > 0) {
			log.debug("Outbox refill: {} pending entries added", added);
			wake();
		}
	}

	private void refillWhenDue() {
		long due = nextRefill.get();
		if (System.nanoTime() - due >= 0 && nextRefill.compareAndSet(due, System.nanoTime() + REFILL_EVERY.toNanos())) {
			refill();
		}
	}

	/**
	 * Records the outcome of this instance's claim. By id alone (an indexed update):
	 * nobody else can have claimed the entry meanwhile, since only PENDING entries are
	 * claimed; at most a lease that ran out made it UNCERTAIN, and then what this
	 * instance learnt is the better record.
	 */
	private void finish(Document entry, Update update) {
		update.unset("leaseOwner");
		update.unset("leaseUntil");
		update.set("updatedAt", Date.from(clock.instant()));
		mongo.updateFirst(Query.query(Criteria.where("_id").is(entry.get("_id"))), update, COLLECTION);
	}

	/**
	 * Gives a claimed entry back untouched (a rate limit, a stop), to be sent after
	 * {@code wait}.
	 */
	private void release(Document entry, Duration wait) {
		finish(entry,
				new Update().set("state", DeliveryState.PENDING.name())
					.set(READY, entry.get("_id"))
					.set("notBefore", Date.from(realTime.instant().plus(wait)))
					.inc("attempts", -1));
	}

	/**
	 * Entries whose lease ran out while SENDING may or may not have gone out: UNCERTAIN,
	 * never resent.
	 */
	int expireLeases() {
		Instant now = clock.instant();
		Update update = new Update().set("state", DeliveryState.UNCERTAIN.name())
			.set("note", "lease expired while sending")
			.set("updatedAt", Date.from(now));
		var result = mongo.updateMulti(
				Query.query(
						Criteria.where("state").is(DeliveryState.SENDING.name()).and("leaseUntil").lt(Date.from(now))),
				update, COLLECTION);
		return (int) result.getModifiedCount();
	}

	private final java.util.concurrent.atomic.AtomicLong nextExpiry = new java.util.concurrent.atomic.AtomicLong(
			System.nanoTime());

	/** {@link #expireLeases()}, at most once per {@code every} in this instance. */
	void expireLeasesWhenDue(Duration every) {
		long due = nextExpiry.get();
		if (System.nanoTime() - due >= 0 && nextExpiry.compareAndSet(due, System.nanoTime() + every.toNanos())) {
			expireLeases();
		}
	}

	/** Lets a waiting drainer know there is new work. */
	void wake() {
		synchronized (signal) {
			signal.notifyAll();
		}
	}

	/** Waits until woken or {@code timeout} passes. */
	void awaitWork(Duration timeout) throws InterruptedException {
		synchronized (signal) {
			signal.wait(Math.max(1, timeout.toMillis()));
		}
	}

	private static boolean sleep(Duration wait) {
		try {
			Thread.sleep(Math.max(1, wait.toMillis()));
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	Map<String, Object> rawEntry(String id) {
		return mongo.findById(id, Document.class, COLLECTION);
	}

}
