package se.samverka.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.samverka.scheduler.Recurrence.Occurrence;

/**
 * Runs what is due. Each piece of work is claimed with one atomic findAndModify (pending
 * and due, or running under an expired lease), so with several instances on one database
 * each piece runs once. Whoever calls {@link #runDue()} — the Quartz alarm, the poll, a
 * test with a stepping clock — gets the same behaviour.
 */
@Service
public class DueWorkRunner {

	private static final Logger log = LoggerFactory.getLogger(DueWorkRunner.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final SchedulerSettings settings;

	private final Map<String, DueWorkHandler> handlers = new HashMap<>();

	private final List<DueWorkObserver> observers;

	DueWorkRunner(MongoTemplate mongo, Clock clock, List<DueWorkHandler> handlers, SchedulerSettings settings) {
		this(mongo, clock, handlers, settings, List.of());
	}

	@Autowired
	DueWorkRunner(MongoTemplate mongo, Clock clock, List<DueWorkHandler> handlers, SchedulerSettings settings,
			ObjectProvider<DueWorkObserver> observers) {
		this(mongo, clock, handlers, settings, observers.orderedStream().toList());
	}

	private DueWorkRunner(MongoTemplate mongo, Clock clock, List<DueWorkHandler> handlers, SchedulerSettings settings,
			List<DueWorkObserver> observers) {
		this.mongo = mongo;
		this.clock = clock;
		this.settings = settings;
		this.observers = List.copyOf(observers);
		for (DueWorkHandler handler : handlers) {
			if (this.handlers.put(handler.kind(), handler) != null) {
				throw new IllegalStateException("Two handlers for the kind " + handler.kind());
			}
		}
	}

	/** Runs everything due now; returns how many pieces this instance claimed. */
	public int runDue() {
		int claimed = 0;
		for (Optional<DueWork> next = claimNext(); next.isPresent(); next = claimNext()) {
			claimed++;
			execute(next.get());
		}
		return claimed;
	}

	Optional<DueWork> claimNext() {
		Instant now = clock.instant();
		Criteria due = new Criteria().orOperator(Criteria.where("state").is(WorkState.PENDING).and("dueAt").lte(now),
				Criteria.where("state").is(WorkState.RUNNING).and("leaseUntil").lt(now));
		Update claim = new Update().set("state", WorkState.RUNNING)
			.set("leaseOwner", settings.instanceId())
			.set("leaseUntil", now.plus(settings.lease()))
			.inc("attempts", 1);
		Optional<DueWork> claimed = Optional
			.ofNullable(mongo.findAndModify(Query.query(due).with(Sort.by("dueAt", "_id")), claim,
					FindAndModifyOptions.options().returnNew(true), DueWork.class));
		claimed.ifPresent(work -> observers.forEach(o -> o.claimed(work.kind(), Duration.between(work.dueAt(), now))));
		return claimed;
	}

	private void execute(DueWork work) {
		Instant now = clock.instant();
		DueWorkHandler handler = handlers.get(work.kind());
		if (handler == null) {
			log.error("No handler for due work {} of kind {}", work.id(), work.kind());
			finish(work, WorkState.FAILED, "no handler for this kind");
			return;
		}
		Duration lateness = Duration.between(work.lateSince(), now);
		if (lateness.isNegative()) {
			lateness = Duration.ZERO;
		}
		if (!handler.catchUp().allows(lateness)) {
			log.info("Skipped due work {} ({}): found {} late", work.id(), work.kind(), lateness);
			finish(work, WorkState.SKIPPED, "skipped: found " + lateness + " late");
			return;
		}
		try {
			handler.run(work);
			finish(work, WorkState.DONE, lateness.isZero() ? "done" : "done " + lateness + " late");
		}
		catch (RuntimeException ex) {
			if (work.attempts() >= settings.maxAttempts()) {
				log.error("Due work {} ({}) failed for the last time", work.id(), work.kind(), ex);
				finish(work, WorkState.FAILED, "failed: " + ex.getClass().getSimpleName());
			}
			else {
				log.warn("Due work {} ({}) failed, attempt {}; trying again later", work.id(), work.kind(),
						work.attempts(), ex);
				retryLater(work, ex);
			}
		}
	}

	/**
	 * Records the outcome; recurring work goes back to pending at its next occurrence.
	 */
	private void finish(DueWork work, WorkState state, String outcome) {
		Instant now = clock.instant();
		Update update = new Update().set("lastRunAt", now)
			.set("lastRunBy", settings.instanceId())
			.set("outcome", outcome)
			.unset("leaseOwner")
			.unset("leaseUntil");
		if (work.recurring()) {
			Occurrence next = nextOccurrence(work, now);
			update.set("state", WorkState.PENDING)
				.set("dueAt", next.instant())
				.set("localDue", next.local().toString())
				.set("attempts", 0)
				.unset("firstDueAt");
		}
		else {
			update.set("state", state);
		}
		if (mongo.updateFirst(ownClaim(work), update, DueWork.class).getModifiedCount() == 0) {
			log.warn("Due work {} was taken over by another instance before it finished here", work.id());
		}
	}

	private void retryLater(DueWork work, RuntimeException ex) {
		Instant retryAt = clock.instant().plus(settings.retryDelay().multipliedBy(work.attempts()));
		mongo.updateFirst(ownClaim(work),
				new Update().set("state", WorkState.PENDING)
					.set("dueAt", retryAt)
					.set("firstDueAt", work.lateSince())
					.set("outcome", "retrying after " + ex.getClass().getSimpleName())
					.unset("leaseOwner")
					.unset("leaseUntil"),
				DueWork.class);
	}

	/**
	 * The occurrence after this one; after downtime, the first one after now, so a week
	 * of missed digests becomes one late digest and not seven.
	 */
	private static Occurrence nextOccurrence(DueWork work, Instant now) {
		Recurrence recurrence = new Recurrence(work.cron(), work.zoneId());
		Occurrence next = recurrence.nextAfter(work.localDueTime(), work.dueAt());
		return next.instant().isAfter(now) ? next : recurrence.firstAfter(now);
	}

	private Query ownClaim(DueWork work) {
		return Query.query(Criteria.where("_id")
			.is(work.id())
			.and("state")
			.is(WorkState.RUNNING)
			.and("leaseOwner")
			.is(settings.instanceId()));
	}

	/** Pending work due before {@code until}, for arming alarms. */
	List<Instant> pendingDueBefore(Instant until) {
		Query query = Query.query(Criteria.where("state").is(WorkState.PENDING).and("dueAt").lt(until))
			.with(Sort.by("dueAt"))
			.limit(1000);
		query.fields().include("dueAt");
		// read as plain documents: a projection cannot be mapped onto DueWork (its int
		// fields are absent)
		return mongo.find(query, Document.class, mongo.getCollectionName(DueWork.class))
			.stream()
			.map(d -> d.getDate("dueAt").toInstant())
			.distinct()
			.toList();
	}

}
