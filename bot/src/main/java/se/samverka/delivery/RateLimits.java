package se.samverka.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.samverka.chat.Channel;

/**
 * The platforms' outbound limits (PLATFORM-LIMITS), kept in this instance as sliding
 * windows per scope (one conversation; one Teams tenant or Slack workspace), plus pauses
 * a 429's Retry-After puts on one scope. With several instances each keeps
 * {@code 1/instances} of every limit, so together they stay within it.
 */
class RateLimits {

	/** One limit: at most {@code count} sends in any {@code period}. */
	record Window(int count, Duration period) {
	}

	/** Teams' documented limit for one app in one tenant (the older, lower figure). */
	static final int TEAMS_TENANT_PER_SECOND = 30;

	/**
	 * Of those, left free for requests that do not pass through the ledger (a turn's
	 * replies, opening a personal chat), so that all instances together stay within the
	 * limit.
	 */
	static final int TEAMS_TENANT_HEADROOM = 5;

	private final Map<String, ArrayDeque<Instant>> sent = new HashMap<>();

	private final Map<String, Instant> pausedUntil = new HashMap<>();

	/**
	 * Scopes kept before the next sweep forgets those with no send left inside their
	 * windows: one per conversation ever sent to would otherwise stay for good.
	 */
	static final int SWEEP_ABOVE = 1_000;

	private int sweepAt = SWEEP_ABOVE;

	private final int instances;

	RateLimits(int instances) {
		this.instances = Math.max(1, instances);
	}

	static String conversationScope(String conversationKey) {
		return "conversation:" + conversationKey;
	}

	/** Slack's chat.update calls in one workspace (tier 3). */
	static String slackUpdateScope(String workspace) {
		return "updates:slack:" + workspace;
	}

	static String tenantScope(Channel channel, String tenant) {
		return "tenant:" + channel.name().toLowerCase() + ":" + tenant;
	}

	List<Window> windowsOf(String scope) {
		List<Window> windows;
		if (scope.startsWith("conversation:teams:")) {
			windows = List.of(new Window(7, Duration.ofSeconds(1)), new Window(8, Duration.ofSeconds(2)),
					new Window(60, Duration.ofSeconds(30)), new Window(1800, Duration.ofHours(1)));
		}
		else if (scope.startsWith("tenant:teams:")) {
			// 30 a second, less what the ledger does not send: replies to a turn and
			// the opening of a personal chat count in the tenant too
			windows = List.of(new Window(TEAMS_TENANT_PER_SECOND - TEAMS_TENANT_HEADROOM, Duration.ofSeconds(1)));
		}
		else if (scope.startsWith("conversation:slack:")) {
			windows = List.of(new Window(1, Duration.ofSeconds(1)));
		}
		else if (scope.startsWith("tenant:slack:")) {
			windows = List.of(new Window(5, Duration.ofSeconds(1)));
		}
		else if (scope.startsWith("updates:slack:")) {
			// tier 3: 50 a minute, never more than 5 in one second (bursts are what 429s)
			windows = List.of(new Window(5, Duration.ofSeconds(1)), new Window(50, Duration.ofMinutes(1)));
		}
		else {
			windows = List.of();
		}
		return windows.stream().map(this::share).toList();
	}

	/**
	 * This instance's share of a limit: {@code 1/instances} of its count, or, when that
	 * is less than one (Slack's one message a second in a channel), one in a period as
	 * many times longer. The first keeps all instances together within the limit in any
	 * window; the second only on average (two instances may each send once in the same
	 * second).
	 */
	private Window share(Window limit) {
		if (limit.count() >= instances) {
			return new Window(limit.count() / instances, limit.period());
		}
		long stretch = (instances + limit.count() - 1) / limit.count();
		return new Window(1, limit.period().multipliedBy(stretch));
	}

	/**
	 * Takes one send in every scope when all have room now and returns zero; otherwise
	 * takes nothing and returns how long until they may.
	 */
	synchronized Duration reserve(List<String> scopes, Instant now) {
		Duration wait = waitFor(scopes, now);
		if (!wait.isZero()) {
			return wait;
		}
		for (String scope : scopes) {
			List<Window> windows = windowsOf(scope);
			if (windows.isEmpty()) {
				continue;
			}
			ArrayDeque<Instant> times = sent.computeIfAbsent(scope, s -> new ArrayDeque<>());
			times.addLast(now);
			forgetOlder(scope, times, now);
		}
		if (sent.size() > sweepAt) {
			sent.entrySet().removeIf(e -> forgetOlder(e.getKey(), e.getValue(), now));
			pausedUntil.values().removeIf(until -> !until.isAfter(now));
			sweepAt = Math.max(SWEEP_ABOVE, sent.size() * 2);
		}
		return Duration.ZERO;
	}

	/**
	 * Drops the sends older than the scope's longest window; true when none is left.
	 */
	private boolean forgetOlder(String scope, ArrayDeque<Instant> times, Instant now) {
		Duration longest = windowsOf(scope).stream().map(Window::period).max(Duration::compareTo).orElse(Duration.ZERO);
		while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(longest))) {
			times.removeFirst();
		}
		return times.isEmpty();
	}

	/**
	 * How long until every scope has room for one more send (zero: now), reserving
	 * nothing.
	 */
	synchronized Duration waitFor(List<String> scopes, Instant now) {
		Instant earliest = now;
		for (String scope : scopes) {
			Instant paused = pausedUntil.get(scope);
			if (paused != null && paused.isAfter(earliest)) {
				earliest = paused;
			}
			ArrayDeque<Instant> times = sent.get(scope);
			if (times == null) {
				continue;
			}
			for (Window window : windowsOf(scope)) {
				Instant from = now.minus(window.period());
				long inWindow = times.stream().filter(t -> t.isAfter(from)).count();
				if (inWindow >= window.count()) {
					// the window frees up when the oldest send inside it leaves it
					Instant oldest = times.stream()
						.filter(t -> t.isAfter(from))
						.skip(inWindow - window.count())
						.findFirst()
						.orElse(now);
					Instant free = oldest.plus(window.period());
					if (free.isAfter(earliest)) {
						earliest = free;
					}
				}
			}
		}
		return earliest.isAfter(now) ? Duration.between(now, earliest) : Duration.ZERO;
	}

	/**
	 * Gives back a send reserved at {@code at} that never went out (its entry had been
	 * taken elsewhere).
	 */
	synchronized void refund(List<String> scopes, Instant at) {
		for (String scope : scopes) {
			ArrayDeque<Instant> times = sent.get(scope);
			if (times != null) {
				times.removeLastOccurrence(at);
			}
		}
	}

	/**
	 * Moves a send reserved at {@code reservedAt} to {@code doneAt}, when its answer
	 * came: the platform counted it somewhere in between, so counting it from the answer
	 * on never lets the next sends crowd closer than the platform allows.
	 */
	synchronized void settle(List<String> scopes, Instant reservedAt, Instant doneAt) {
		for (String scope : scopes) {
			ArrayDeque<Instant> times = sent.get(scope);
			if (times != null && times.removeLastOccurrence(reservedAt)) {
				times.addLast(doneAt);
			}
		}
	}

	/**
	 * Holds back every send in {@code scope} until {@code until} (a 429's Retry-After).
	 */
	synchronized void pause(String scope, Instant until) {
		pausedUntil.merge(scope, until, (a, b) -> a.isAfter(b) ? a : b);
	}

	/** How many scopes this instance keeps sends of (for tests of the sweep). */
	synchronized int scopesKept() {
		return sent.size();
	}

	/** The scopes paused at {@code now}. */
	synchronized Set<String> paused(Instant now) {
		pausedUntil.values().removeIf(until -> !until.isAfter(now));
		return pausedUntil.keySet().stream().collect(Collectors.toSet());
	}

}
