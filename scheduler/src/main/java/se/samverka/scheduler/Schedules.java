package se.samverka.scheduler;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.samverka.scheduler.Recurrence.Occurrence;

/**
 * Puts work on the calendar. Scheduling is idempotent per id: the same id again moves
 * pending work (a changed agenda moves its prompts), brings cancelled work back, and
 * leaves finished work alone unless its time changed.
 */
@Service
public class Schedules {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Alarm alarm;

	Schedules(MongoTemplate mongo, Clock clock, Alarm alarm) {
		this.mongo = mongo;
		this.clock = clock;
		this.alarm = alarm;
	}

	/** Work due once at {@code dueAt}. */
	public DueWork once(String id, String kind, String subject, Instant dueAt, ZoneId zone) {
		DueWork fresh = new DueWork(id, kind, subject, dueAt, zone.getId(), null, null, WorkState.PENDING, null, null,
				0, null, null, null, null, clock.instant());
		return put(fresh);
	}

	/**
	 * Work due at every occurrence of {@code recurrence}, starting with the first one
	 * after now.
	 */
	public DueWork recurring(String id, String kind, String subject, Recurrence recurrence) {
		Occurrence first = recurrence.firstAfter(clock.instant());
		DueWork fresh = new DueWork(id, kind, subject, first.instant(), recurrence.zone().getId(), recurrence.cron(),
				first.local().toString(), WorkState.PENDING, null, null, 0, null, null, null, null, clock.instant());
		return put(fresh);
	}

	private DueWork put(DueWork fresh) {
		for (int attempt = 0; attempt < 5; attempt++) {
			try {
				DueWork inserted = mongo.insert(fresh);
				alarm.wakeAt(inserted.dueAt());
				return inserted;
			}
			catch (DuplicateKeyException exists) {
				Optional<DueWork> current = find(fresh.id());
				if (current.isEmpty()) {
					continue;
				}
				Optional<DueWork> moved = move(current.get(), fresh);
				if (moved.isPresent()) {
					return moved.get();
				}
			}
		}
		throw new IllegalStateException("Could not schedule " + fresh.id() + ": it kept changing under us");
	}

	/**
	 * Empty when someone else changed the document in between: the caller tries again.
	 */
	private Optional<DueWork> move(DueWork current, DueWork wanted) {
		if (current.state() == WorkState.PENDING && sameWork(current, wanted)) {
			// Already on the calendar as wanted: nothing to write, so many callers
			// scheduling the
			// same work at once (every vote asking for a card refresh) do not race each
			// other.
			return Optional.of(current);
		}
		boolean pending = current.state() == WorkState.PENDING || current.state() == WorkState.CANCELLED;
		boolean finishedButMoved = current.state() != WorkState.RUNNING && current.state() != WorkState.PENDING
				&& !current.dueAt().equals(wanted.dueAt());
		boolean recurrenceChanged = wanted.recurring() && !wanted.cron().equals(current.cron());
		if (!pending && !finishedButMoved && !recurrenceChanged) {
			return Optional.of(current);
		}
		Query unchanged = Query.query(Criteria.where("_id")
			.is(current.id())
			.and("state")
			.is(current.state())
			.and("dueAt")
			.is(current.dueAt()));
		Update update = new Update().set("kind", wanted.kind())
			.set("subject", wanted.subject())
			.set("dueAt", wanted.dueAt())
			.set("zone", wanted.zone())
			.set("cron", wanted.cron())
			.set("localDue", wanted.localDue())
			.set("state", WorkState.PENDING)
			.set("attempts", 0)
			.unset("firstDueAt")
			.unset("leaseOwner")
			.unset("leaseUntil");
		// Matched, not modified: putting the same work again (many turns scheduling one
		// refresh) changes
		// nothing, which MongoDB reports as not modified although nobody else got in
		// between.
		if (mongo.updateFirst(unchanged, update, DueWork.class).getMatchedCount() == 0) {
			return Optional.empty();
		}
		alarm.wakeAt(wanted.dueAt());
		return find(current.id());
	}

	private static boolean sameWork(DueWork current, DueWork wanted) {
		return Objects.equals(current.kind(), wanted.kind()) && Objects.equals(current.subject(), wanted.subject())
				&& Objects.equals(current.dueAt(), wanted.dueAt()) && Objects.equals(current.zone(), wanted.zone())
				&& Objects.equals(current.cron(), wanted.cron())
				&& Objects.equals(current.localDue(), wanted.localDue()) && current.firstDueAt() == null;
	}

	/** Withdraws pending work; returns whether there was any. */
	public boolean cancel(String id) {
		return mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("state").is(WorkState.PENDING)),
					Update.update("state", WorkState.CANCELLED).set("outcome", "cancelled"), DueWork.class)
			.getModifiedCount() > 0;
	}

	/**
	 * Withdraws all pending work whose id starts with {@code prefix} (all prompts of one
	 * meeting).
	 */
	public long cancelAll(String prefix) {
		return mongo
			.updateMulti(Query
				.query(Criteria.where("_id").regex("^" + Pattern.quote(prefix)).and("state").is(WorkState.PENDING)),
					Update.update("state", WorkState.CANCELLED).set("outcome", "cancelled"), DueWork.class)
			.getModifiedCount();
	}

	public Optional<DueWork> find(String id) {
		return Optional.ofNullable(mongo.findById(id, DueWork.class));
	}

	/** All work whose id starts with {@code prefix}, soonest first. */
	public List<DueWork> withPrefix(String prefix) {
		return mongo.find(
				Query.query(Criteria.where("_id").regex("^" + Pattern.quote(prefix))).with(Sort.by("dueAt", "_id")),
				DueWork.class);
	}

}
