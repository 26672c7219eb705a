package se.samverka.bench;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * One documented limit as a sliding window: at most {@code limit} accepted requests in
 * any {@code window}. Not thread-safe on its own; {@link RateScopes} guards it.
 */
final class RateWindow {

	private final int limit;

	private final long windowNanos;

	private final ArrayDeque<Long> accepted = new ArrayDeque<>();

	RateWindow(int limit, Duration window) {
		this.limit = limit;
		this.windowNanos = window.toNanos();
	}

	/**
	 * 0 when one more request fits now, else how long until the oldest one leaves the
	 * window.
	 */
	long waitNanos(long now) {
		while (!accepted.isEmpty() && now - accepted.peekFirst() >= windowNanos) {
			accepted.pollFirst();
		}
		return accepted.size() < limit ? 0 : accepted.peekFirst() + windowNanos - now;
	}

	void record(long now) {
		accepted.addLast(now);
	}

	/**
	 * The least time {@code messages} requests need under this limit when they are sent
	 * as early as it allows: the first {@code limit} at once, then {@code limit} more
	 * every window.
	 */
	Duration minimumFor(long messages) {
		return messages <= limit ? Duration.ZERO : Duration.ofNanos((messages - 1) / limit * windowNanos);
	}

	static RateWindow perSecond(int limit) {
		return new RateWindow(limit, Duration.ofSeconds(1));
	}

}
