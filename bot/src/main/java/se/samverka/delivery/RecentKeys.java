package se.samverka.delivery;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys this instance saw a moment ago, forgotten after {@code keep}: a cache that may
 * only save work, never decide anything the ledger would decide otherwise.
 */
final class RecentKeys {

	private static final int MAX = 10_000;

	private final Map<String, Long> seen = new ConcurrentHashMap<>();

	private final long keepNanos;

	RecentKeys(Duration keep) {
		this.keepNanos = keep.toNanos();
	}

	void remember(String key) {
		if (seen.size() >= MAX) {
			seen.clear();
		}
		seen.put(key, System.nanoTime() + keepNanos);
	}

	boolean isKnown(String key) {
		Long until = seen.get(key);
		if (until == null) {
			return false;
		}
		if (System.nanoTime() - until > 0) {
			seen.remove(key, until);
			return false;
		}
		return true;
	}

}
