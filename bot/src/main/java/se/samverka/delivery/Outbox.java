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
import org.springframework.data.domain.Sort;
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
 * The delivery ledger: every proactive message is one entry per (message key, recipient), unique
 * in MongoDB, claimed under a lease by exactly one drainer, sent within the platforms' rate limits
 * and recorded as SENT, UNREACHABLE, FAILED or UNCERTAIN. Nothing is ever sent twice: only PENDING
 * entries are sent, and an entry whose lease ran out mid-send becomes UNCERTAIN, not PENDING.
 */
@Service
public class Outbox {

	static final String COLLECTION = "outbox";

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	/** Waits for a rate-limit window shorter than this are slept through while holding the claim. */
	private static final Duration SHORT_WAIT = Duration.ofSeconds(2);

	private final MongoTemplate mongo;

	private final Deliveries deliveries;

	private final Clock clock;

	/**
	 * Waiting for rate limits and Retry-After is in real time (notBefore, the limiter); the injected
	 * clock times the ledger's records and leases.
	 */
	private final Clock realTime = Clock.systemUTC();

	private final RateLimits limits;

	private final ApplicationEventPublisher events;

	private final Duration lease;

	private final String owner = UUID.randomUUID().toString();

	private final Object signal = new Object();

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
	}

	/** One ledger entry per (messageKey, recipient), unique in MongoDB; enqueuing again adds nothing. */
	public void enqueue(String messageKey, NetworkId network, Recipient recipient, Message message) {
		enqueue(messageKey, network, recipient, message, null);
	}

	/** As {@link #enqueue(String, NetworkId, Recipient, Message)}, noting which person it is for (shown to organisers). */
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
			.append("attempts", 0)
			.append("notBefore", new Date(0))
			.append("createdAt", Date.from(now))
			.append("updatedAt", Date.from(now));
		try {
			mongo.insert(entry, COLLECTION);
			return true;
		}
		catch (DuplicateKeyException already) {
			return false;
		}
	}

	/** Sends what is pending now, on this thread, until nothing is ready. Returns how many were attempted. */
	public int drainNow() {
		return drainAtMost(Integer.MAX_VALUE);
	}

	/** Like {@link #drainNow()} but stops after {@code max} attempts (a drainer that is stopped mid-way). */
	public int drainAtMost(int max) {
		int attempted = 0;
		expireLeases();
		while (attempted < max) {
			Attempt attempt = sendOne();
			if (attempt == Attempt.NOTHING) {
				break;
			}
			if (attempt == Attempt.SENT_OR_FAILED) {
				attempted++;
			}
		}
		return attempted;
	}

	public DeliveryCounts counts(String messageKeyPrefix) {
		Criteria criteria = Criteria.where("messageKey").regex("^" + Pattern.quote(messageKeyPrefix));
		var results = mongo.aggregate(Aggregation.newAggregation(Aggregation.match(criteria),
				Aggregation.group("state").count().as("n")), COLLECTION, Document.class);
		return OutboxEntry.counts(results.getMappedResults());
	}

	/**
	 * Waits (at most {@code timeout}) until no entry under the prefix is pending any more, for a
	 * turn that reports how a send went; returns the counts then.
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
		Query query = Query.query(Criteria.where("messageKey").is(messageKey)
			.and("state").is(DeliveryState.UNREACHABLE.name())
			.and("personId").ne(null));
		query.fields().include("personId");
		return mongo.find(query, Document.class, COLLECTION).stream().map(d -> d.getString("personId")).toList();
	}

	enum Attempt {

		NOTHING, DEFERRED, SENT_OR_FAILED

	}

	/** Claims one ready entry and tries it; NOTHING when none is ready. */
	Attempt sendOne() {
		Document entry = claim();
		if (entry == null) {
			return Attempt.NOTHING;
		}
		return attempt(entry);
	}

	/** Claims one ready entry under this instance's lease, or null. */
	Document claim() {
		Instant now = clock.instant();
		List<String> paused = new ArrayList<>(limits.paused(realTime.instant()));
		Criteria ready = Criteria.where("state")
			.is(DeliveryState.PENDING.name())
			.and("notBefore")
			.lte(Date.from(realTime.instant()));
		if (!paused.isEmpty()) {
			ready = ready.and("scopes").nin(paused);
		}
		Query query = Query.query(ready).with(Sort.by("notBefore", "createdAt"));
		Update update = new Update().set("state", DeliveryState.SENDING.name())
			.set("leaseOwner", owner)
			.set("leaseUntil", Date.from(now.plus(lease)))
			.set("updatedAt", Date.from(now))
			.inc("attempts", 1);
		return mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Document.class,
				COLLECTION);
	}

	private Attempt attempt(Document entry) {
		Recipient recipient = OutboxEntry.recipientOf(entry);
		List<String> scopes = entry.getList("scopes", String.class);
		Duration wait = limits.reserve(scopes, realTime.instant());
		while (!wait.isZero()) {
			if (wait.compareTo(SHORT_WAIT) > 0) {
				release(entry, wait);
				return Attempt.DEFERRED;
			}
			if (!sleep(wait)) {
				release(entry, Duration.ZERO);
				return Attempt.DEFERRED;
			}
			wait = limits.reserve(scopes, realTime.instant());
		}
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
			finish(entry, new Update().set("state", DeliveryState.SENT.name())
				.set("conversation", reached.asString())
				.set("sentAt", Date.from(clock.instant())));
		}
		catch (DeliveryFailed failure) {
			int attempts = entry.getInteger("attempts", 1);
			SendPolicy.Decision decision = SendPolicy.after(channel, failure, attempts);
			log.info("Outbox entry {} on {}: {} → {}", entry.get("_id"),
					channel, failure.status(), decision.state());
			Update update = new Update().set("state", decision.state().name()).set("note", decision.note());
			if (decision.state() == DeliveryState.PENDING) {
				update.set("notBefore", Date.from(realTime.instant().plus(decision.delay())));
				if (decision.pauseScope()) {
					limits.pause(scopes.get(0), realTime.instant().plus(decision.delay()));
					update.inc("attempts", -1);
				}
			}
			finish(entry, update);
		}
		catch (RuntimeException ex) {
			log.error("Outbox entry {} failed unexpectedly; not retried", entry.get("_id"), ex);
			finish(entry, new Update().set("state", DeliveryState.FAILED.name())
				.set("note", "unexpected " + ex.getClass().getSimpleName()));
		}
		return Attempt.SENT_OR_FAILED;
	}

	/** Records the outcome, while this instance still holds the entry (or its lease was just given up as uncertain). */
	private void finish(Document entry, Update update) {
		update.unset("leaseOwner");
		update.unset("leaseUntil");
		update.set("updatedAt", Date.from(clock.instant()));
		mongo.updateFirst(Query.query(Criteria.where("_id").is(entry.get("_id")).and("leaseOwner").is(owner)), update,
				COLLECTION);
	}

	/** Gives a claimed entry back untouched (a rate limit, a stop), to be sent after {@code wait}. */
	private void release(Document entry, Duration wait) {
		finish(entry, new Update().set("state", DeliveryState.PENDING.name())
			.set("notBefore", Date.from(realTime.instant().plus(wait)))
			.inc("attempts", -1));
	}

	/** Entries whose lease ran out while SENDING may or may not have gone out: UNCERTAIN, never resent. */
	int expireLeases() {
		Instant now = clock.instant();
		Update update = new Update().set("state", DeliveryState.UNCERTAIN.name())
			.set("note", "lease expired while sending")
			.set("updatedAt", Date.from(now));
		var result = mongo.updateMulti(
				Query.query(Criteria.where("state").is(DeliveryState.SENDING.name()).and("leaseUntil").lt(Date.from(now))),
				update, COLLECTION);
		return (int) result.getModifiedCount();
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
