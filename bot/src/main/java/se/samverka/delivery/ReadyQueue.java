package se.samverka.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * This instance's view of which ledger entries are waiting, so that a drainer does not
 * have to search the ledger for the next one: entries queue per tenant or workspace
 * (their widest rate scope), first in first out, and {@link #next} hands out one whose
 * every scope has room under the rate limits now, taking turns between tenants. The
 * ledger stays the truth: an entry picked here is only sent once its claim in MongoDB
 * succeeds, and the queue is refilled from the ledger (entries of other instances, of a
 * restart) now and then.
 */
final class ReadyQueue {

	/**
	 * One waiting entry: its ledger id, its rate scopes (conversation first, tenant
	 * last), and when it may go.
	 */
	record Item(String id, List<String> scopes, Instant notBefore) {

		String group() {
			return scopes.isEmpty() ? "" : scopes.get(scopes.size() - 1);
		}

	}

	/**
	 * What {@link #next} found: an item whose send is reserved, or else how long until
	 * one may be ready.
	 */
	record Pick(Item item, Duration until) {

		static final Pick EMPTY = new Pick(null, null);

	}

	/**
	 * How far into one tenant's queue to look past entries held back by their
	 * conversation's limits.
	 */
	private static final int LOOKAHEAD = 64;

	/**
	 * Ids queued, waiting or being sent by this instance, so that a refill does not add
	 * them twice.
	 */
	private final Map<String, Item> known = new HashMap<>();

	private final Map<String, ArrayDeque<Item>> byGroup = new LinkedHashMap<>();

	/** Entries not yet in their tenant's line: by time, then in the order they came. */
	private final PriorityQueue<Waiting> later = new PriorityQueue<>(
			Comparator.comparing((Waiting w) -> w.item().notBefore()).thenComparingLong(Waiting::order));

	private long order;

	private int turn;

	private record Waiting(Item item, long order) {
	}

	/** Adds an entry unless this instance knows it already; false when it did. */
	synchronized boolean offer(Item item) {
		if (known.putIfAbsent(item.id(), item) != null) {
			return false;
		}
		later.add(new Waiting(item, order++));
		return true;
	}

	/** Puts an entry this instance took back in line, to go at {@code notBefore}. */
	synchronized void retry(Item item) {
		known.put(item.id(), item);
		later.add(new Waiting(item, order++));
	}

	/** The entry is settled (sent, failed, or taken by another instance): forget it. */
	synchronized void done(String id) {
		known.remove(id);
	}

	synchronized int size() {
		return known.size();
	}

	/**
	 * The next entry that may be sent now, with one send reserved in each of its scopes;
	 * or, when none may, how long until the earliest might (null when nothing is queued
	 * at all).
	 */
	synchronized Pick next(RateLimits limits, Instant now) {
		promote(now);
		Duration shortest = null;
		List<String> groups = new ArrayList<>(byGroup.keySet());
		for (int i = 0; i < groups.size(); i++) {
			String group = groups.get((turn + i) % groups.size());
			ArrayDeque<Item> queue = byGroup.get(group);
			Duration groupWait = limits.waitFor(List.of(group), now);
			if (!groupWait.isZero()) {
				shortest = shorter(shortest, groupWait);
				continue;
			}
			Iterator<Item> items = queue.iterator();
			for (int looked = 0; items.hasNext() && looked < LOOKAHEAD; looked++) {
				Item item = items.next();
				Duration wait = limits.reserve(item.scopes(), now);
				if (wait.isZero()) {
					items.remove();
					if (queue.isEmpty()) {
						byGroup.remove(group);
					}
					turn = (turn + i + 1) % Math.max(1, groups.size());
					return new Pick(item, Duration.ZERO);
				}
				shortest = shorter(shortest, wait);
			}
		}
		if (!later.isEmpty()) {
			shortest = shorter(shortest, Duration.between(now, later.peek().item().notBefore()));
		}
		return shortest == null ? Pick.EMPTY : new Pick(null, shortest.isNegative() ? Duration.ZERO : shortest);
	}

	/**
	 * How long until {@link #next} might find something (null: nothing queued), without
	 * reserving anything.
	 */
	synchronized Duration untilReady(RateLimits limits, Instant now) {
		promote(now);
		Duration shortest = null;
		for (ArrayDeque<Item> queue : byGroup.values()) {
			Item head = queue.peekFirst();
			if (head != null) {
				shortest = shorter(shortest, limits.waitFor(head.scopes(), now));
			}
		}
		if (!later.isEmpty()) {
			Duration wait = Duration.between(now, later.peek().item().notBefore());
			shortest = shorter(shortest, wait.isNegative() ? Duration.ZERO : wait);
		}
		return shortest;
	}

	/**
	 * Moves entries whose time has come from the waiting room into their tenant's line.
	 */
	private void promote(Instant now) {
		while (!later.isEmpty() && !later.peek().item().notBefore().isAfter(now)) {
			Item item = later.poll().item();
			if (known.get(item.id()) != item) {
				continue;
			}
			byGroup.computeIfAbsent(item.group(), g -> new ArrayDeque<>()).addLast(item);
		}
	}

	private static Duration shorter(Duration a, Duration b) {
		return a == null || b.compareTo(a) < 0 ? b : a;
	}

}
