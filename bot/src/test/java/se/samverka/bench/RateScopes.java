package se.samverka.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The limits a fake platform enforces, per scope (a conversation, a tenant, a workspace):
 * a request is admitted only when every scope it falls in has room, and then counts in
 * all of them.
 */
final class RateScopes {

	private final Map<String, List<RateWindow>> scopes = new ConcurrentHashMap<>();

	/**
	 * Admits a request in the given scopes (each made by {@code limits} on first use).
	 * Returns {@link Duration#ZERO} when admitted, else how long the caller must wait
	 * (for Retry-After).
	 */
	synchronized Duration admit(Map<String, Supplier<List<RateWindow>>> requested) {
		long now = System.nanoTime();
		List<RateWindow> all = new ArrayList<>();
		requested.forEach((scope, limits) -> all.addAll(scopes.computeIfAbsent(scope, s -> limits.get())));
		long wait = 0;
		for (RateWindow window : all) {
			wait = Math.max(wait, window.waitNanos(now));
		}
		if (wait > 0) {
			return Duration.ofNanos(wait);
		}
		all.forEach(window -> window.record(now));
		return Duration.ZERO;
	}

	/** Retry-After is whole seconds: round up, at least 1. */
	static String retryAfter(Duration wait) {
		long seconds = (wait.toMillis() + 999) / 1000;
		return Long.toString(Math.max(1, seconds));
	}

}
