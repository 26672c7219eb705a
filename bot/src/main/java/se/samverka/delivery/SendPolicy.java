package se.samverka.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import se.samverka.chat.Channel;

/**
 * What becomes of an entry whose send failed. Never a blind retry that could post twice:
 * a Teams post has no idempotency key, so a Teams timeout or 5xx (the post may have gone
 * through) is UNCERTAIN and not resent. Slack answers 5xx before posting in practice and
 * its errors come with a body, so a Slack 5xx is retried; a Slack read timeout is
 * uncertain like a Teams one.
 */
final class SendPolicy {

	/** Attempts before an entry that keeps failing (retryably) is given up as FAILED. */
	static final int MAX_ATTEMPTS = 8;

	static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

	static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

	private SendPolicy() {
	}

	/**
	 * The decision: the next state, and for PENDING how long to wait; pause whether the
	 * scope waits too.
	 */
	record Decision(DeliveryState state, Duration delay, boolean pauseScope, String note) {
	}

	static Decision after(Channel channel, DeliveryFailed failure, int attempts) {
		String note = failure.getMessage();
		if (failure.unreachable()) {
			return new Decision(DeliveryState.UNREACHABLE, Duration.ZERO, false, note);
		}
		if (failure.rateLimited()) {
			// a rate limit is not the entry's fault: it does not count towards giving up
			Duration wait = failure.retryAfter().orElseGet(() -> backoff(attempts));
			return new Decision(DeliveryState.PENDING, wait, true, note);
		}
		if (failure.uncertain()) {
			boolean slack5xx = channel == Channel.SLACK && failure.status() >= 500;
			if (!slack5xx) {
				return new Decision(DeliveryState.UNCERTAIN, Duration.ZERO, false, note);
			}
		}
		if (failure.status() >= 400 && failure.status() < 500 && failure.status() != 408 && failure.status() != 412) {
			return new Decision(DeliveryState.FAILED, Duration.ZERO, false, note);
		}
		if (attempts >= MAX_ATTEMPTS) {
			return new Decision(DeliveryState.FAILED, Duration.ZERO, false, note);
		}
		return new Decision(DeliveryState.PENDING, failure.retryAfter().orElseGet(() -> backoff(attempts)), false,
				note);
	}

	/**
	 * Exponential backoff with full jitter between half and all of 1 s × 2^(attempts−1),
	 * at most 10 min.
	 */
	static Duration backoff(int attempts) {
		long base = FIRST_BACKOFF.toMillis() << Math.min(Math.max(attempts - 1, 0), 20);
		long capped = Math.min(base, MAX_BACKOFF.toMillis());
		long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
		return Duration.ofMillis(jittered);
	}

}
