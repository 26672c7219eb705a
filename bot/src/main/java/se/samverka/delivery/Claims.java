package se.samverka.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance's claims on the ledger: which entries it knows to be waiting (its
 * {@link ReadyQueue}, refilled from the ledger now and then so that other instances' and
 * a restart's entries are found), the rate limits it keeps, and the claim itself, under
 * this instance's lease. A picked entry is only sent once its claim in MongoDB succeeds.
 */
final class Claims {

	/**
	 * How often the ledger is read again for entries this instance does not know (another
	 * instance's, a restart's).
	 */
	private static final Duration REFILL_EVERY = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(Claims.class);

	final ReadyQueue queue = new ReadyQueue();

	final RateLimits limits;

	/**
	 * Waiting for rate limits and Retry-After is in real time (notBefore, the limiter).
	 */
	final Clock realTime = Clock.systemUTC();

	private final Ledger ledger;

	private final Duration lease;

	private final String owner = UUID.randomUUID().toString();

	/** Who this instance's claims are leased to. */
	String owner() {
		return owner;
	}

	private final AtomicLong nextRefill = new AtomicLong(System.nanoTime());

	/** Slack channels' turns across instances; null when this instance is alone. */
	private final ChannelTurns turns;

	Claims(Ledger ledger, int instances, Duration lease) {
		this.ledger = ledger;
		this.limits = new RateLimits(instances);
		this.lease = lease;
		this.turns = instances > 1 ? new ChannelTurns(ledger.database()) : null;
	}

	/**
	 * A claimed entry, its queue item, when its send was reserved under the rate limits,
	 * and the turn it took in its Slack channel (null when it needs none).
	 */
	record Claimed(LedgerEntry entry, ReadyQueue.Item item, Instant reservedAt, ChannelTurns.Turn turn) {
	}

	/** This instance knows of a new entry. */
	void offer(LedgerEntry entry) {
		queue.offer(new ReadyQueue.Item(entry.id(), entry.scopes(), entry.notBefore()));
	}

	/**
	 * Claims the next entry that may go now, with its send reserved under the limits;
	 * null when none may.
	 */
	Claimed next() {
		refillWhenDue();
		while (true) {
			Instant now = realTime.instant();
			ReadyQueue.Pick pick = queue.next(limits, now);
			if (pick.item() == null) {
				return null;
			}
			ReadyQueue.Item item = pick.item();
			ChannelTurns.Turn turn = null;
			if (turns != null && ChannelTurns.isSlackPost(item.scopes())) {
				turn = turns.take(item.scopes().get(0), now);
				if (!turn.taken()) {
					// another instance posts into this channel now, or did less than a
					// second ago
					limits.refund(item.scopes(), now);
					queue.retry(new ReadyQueue.Item(item.id(), item.scopes(), turn.freeAt()));
					continue;
				}
			}
			LedgerEntry entry = ledger.claim(item.id(), owner, lease);
			if (entry == null) {
				// sent, settled or claimed elsewhere since this instance saw it
				limits.refund(item.scopes(), now);
				endTurn(turn, now);
				queue.done(item.id());
				continue;
			}
			if (entry.notBefore().isAfter(now)) {
				// another instance held it back (a rate limit, Retry-After) after this
				// one saw it
				limits.refund(item.scopes(), now);
				endTurn(turn, now);
				ledger.release(entry.id(), entry.notBefore());
				queue.retry(new ReadyQueue.Item(item.id(), item.scopes(), entry.notBefore()));
				continue;
			}
			return new Claimed(entry, item, now, turn);
		}
	}

	/**
	 * Ends the Slack channel turn a send took (if any), a second after it was answered
	 * (or given up) now.
	 */
	void endTurn(Claimed claimed) {
		endTurn(claimed.turn(), realTime.instant().plus(ChannelTurns.SPACING));
	}

	private void endTurn(ChannelTurns.Turn turn, Instant freeAt) {
		if (turns != null) {
			turns.end(turn, freeAt);
		}
	}

	/** How long until an entry this instance knows may go (null: it knows none). */
	Duration untilReady() {
		return queue.untilReady(limits, realTime.instant());
	}

	/**
	 * Reads the ledger for PENDING entries this instance does not know yet; true when it
	 * found some.
	 */
	boolean refill() {
		nextRefill.set(System.nanoTime() + REFILL_EVERY.toNanos());
		int added = 0;
		for (Document d : ledger.pending()) {
			Date notBefore = d.getDate(LedgerEntry.NOT_BEFORE);
			if (queue
				.offer(new ReadyQueue.Item(d.getString(LedgerEntry.ID), d.getList(LedgerEntry.SCOPES, String.class),
						notBefore == null ? Instant.EPOCH : notBefore.toInstant()))) {
				added++;
			}
		}
		if (added > 0) {
			log.debug("Outbox refill: {} pending entries added", added);
		}
		return added > 0;
	}

	private void refillWhenDue() {
		long due = nextRefill.get();
		if (System.nanoTime() - due >= 0 && nextRefill.compareAndSet(due, System.nanoTime() + REFILL_EVERY.toNanos())) {
			refill();
		}
	}

}
