package se.samverka.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;

/**
 * The delivery ledger: every proactive message is one entry per (message key, recipient),
 * unique in MongoDB ({@link Ledger}), claimed under a lease by exactly one drainer
 * ({@link Claims}), sent within the platforms' rate limits and recorded as SENT,
 * UNREACHABLE, FAILED or UNCERTAIN ({@link SendAttempt}). Nothing is ever sent twice:
 * only PENDING entries are sent, and an entry whose lease ran out mid-send becomes
 * UNCERTAIN, not PENDING. Cards that update in place go through here too
 * ({@link LiveCards}).
 */
@Service
public class Outbox {

	/**
	 * Waits for a rate-limit window shorter than this are slept through while holding the
	 * claim.
	 */
	private static final Duration SHORT_WAIT = Duration.ofSeconds(2);

	private final Ledger ledger;

	private final Claims claims;

	private final SendAttempt attempt;

	private final Dispatch dispatch;

	private final DrainSignal signal = new DrainSignal();

	private final java.util.concurrent.atomic.AtomicLong nextExpiry = new java.util.concurrent.atomic.AtomicLong(
			System.nanoTime());

	/** One instance's outbox on the shared ledger (tests make a second one). */
	@Autowired
	Outbox(Ledger ledger, Dispatch dispatch, @Value("${samverka.outbox.instances:1}") int instances,
			@Value("${samverka.outbox.lease:2m}") Duration lease) {
		this.ledger = ledger;
		this.claims = new Claims(ledger, instances, lease);
		this.attempt = new SendAttempt(ledger, dispatch, claims);
		this.dispatch = dispatch;
	}

	/**
	 * True when messages can go out on the channel at all here: its adapter is configured
	 * (for {@code WEB}, an SMTP server). Entries for a channel that is not are
	 * unreachable.
	 */
	public boolean reaches(se.samverka.chat.Channel channel) {
		return dispatch.reaches(channel);
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
		add(LedgerEntry.pending(messageKey, null, network, recipient, personId, message, null, java.time.Instant.EPOCH,
				ledger.now(), null));
	}

	/** Adds the entry and wakes a drainer; false when it was there already. */
	boolean add(LedgerEntry entry) {
		if (!ledger.insert(entry)) {
			return false;
		}
		claims.offer(entry);
		wake();
		return true;
	}

	/** True while the entry is PENDING or being sent. */
	boolean stillToSend(String id) {
		return ledger.stillToSend(id);
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
			Claims.Claimed claimed = claims.next();
			if (claimed == null) {
				Duration wait = untilReady();
				if (wait == null || wait.compareTo(SHORT_WAIT) > 0 || !sleep(wait)) {
					break;
				}
				continue;
			}
			if (attempt.run(claimed)) {
				attempted++;
			}
		}
		return attempted;
	}

	public DeliveryCounts counts(String messageKeyPrefix) {
		return ledger.countsByKeyPrefix(messageKeyPrefix);
	}

	/**
	 * Waits (at most {@code timeout}) until no entry under the prefix is pending any
	 * more, for a turn that reports how a send went; returns the counts then.
	 */
	public DeliveryCounts settle(String messageKeyPrefix, Duration timeout) {
		return settle(() -> counts(messageKeyPrefix), timeout);
	}

	/** As {@link #settle(String, Duration)}, for the entries of one request. */
	public DeliveryCounts settle(Queued queued, Duration timeout) {
		if (queued.entries().isEmpty()) {
			return new DeliveryCounts(0, 0, 0, 0, 0);
		}
		return settle(() -> ledger.countsOf(queued.entries()), timeout);
	}

	private static DeliveryCounts settle(java.util.function.Supplier<DeliveryCounts> read, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		DeliveryCounts counts = read.get();
		while (counts.pending() > 0 && System.nanoTime() < deadline && sleep(Duration.ofMillis(25))) {
			counts = read.get();
		}
		return counts;
	}

	/** The persons (ids) whose entries under {@code messageKey} are UNREACHABLE. */
	public List<String> unreachablePersons(String messageKey) {
		return ledger.unreachablePersons(messageKey);
	}

	/** Claims one entry that may go now and tries it; false when none may. */
	boolean sendOne() {
		Claims.Claimed claimed = claims.next();
		if (claimed == null) {
			return false;
		}
		attempt.run(claimed);
		return true;
	}

	/** How long until an entry this instance knows may go (null: it knows none). */
	Duration untilReady() {
		return claims.untilReady();
	}

	/**
	 * Claims the next entry that may go under this instance's lease and leaves it there
	 * (a drainer that dies mid-send), or null.
	 */
	LedgerEntry claim() {
		Claims.Claimed claimed = claims.next();
		return claimed == null ? null : claimed.entry();
	}

	/** Reads the ledger for PENDING entries this instance does not know yet. */
	void refill() {
		if (claims.refill()) {
			wake();
		}
	}

	int expireLeases() {
		return ledger.expireLeases();
	}

	/** {@link #expireLeases()}, at most once per {@code every} in this instance. */
	void expireLeasesWhenDue(Duration every) {
		long due = nextExpiry.get();
		if (System.nanoTime() - due >= 0 && nextExpiry.compareAndSet(due, System.nanoTime() + every.toNanos())) {
			expireLeases();
		}
	}

	/** Lets a waiting drainer know there is new work. */
	void wake() {
		signal.wake();
	}

	/** Waits until woken or {@code timeout} passes. */
	void awaitWork(Duration timeout) throws InterruptedException {
		signal.await(timeout);
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
		return ledger.raw(id);
	}

}
