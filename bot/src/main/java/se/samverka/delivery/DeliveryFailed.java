package se.samverka.delivery;

import java.time.Duration;
import java.util.Optional;

/** A platform refused a proactive message, or could not be reached. */
public class DeliveryFailed extends RuntimeException {

	private final boolean unreachable;

	private final int status;

	private final Duration retryAfter;

	private final boolean uncertain;

	public DeliveryFailed(String reason, boolean unreachable, Throwable cause) {
		this(reason, 0, null, unreachable, false, cause);
	}

	/**
	 * @param status the HTTP status (0 when there was no answer)
	 * @param retryAfter the platform's Retry-After, or null
	 * @param uncertain true when the platform may have posted the message all the same (a
	 * timeout after the request was sent, a 5xx)
	 */
	public DeliveryFailed(String reason, int status, Duration retryAfter, boolean unreachable, boolean uncertain,
			Throwable cause) {
		super(reason, cause);
		this.unreachable = unreachable;
		this.status = status;
		this.retryAfter = retryAfter;
		this.uncertain = uncertain;
	}

	/**
	 * True when the bot was removed or blocked there (403/404): retrying will not help.
	 */
	public boolean unreachable() {
		return unreachable;
	}

	/** The HTTP status the platform answered, 0 when none (not reached, timed out). */
	public int status() {
		return status;
	}

	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}

	/** True when the message may have been posted despite the failure. */
	public boolean uncertain() {
		return uncertain;
	}

	/** True for a rate limit (429, or Slack's "ratelimited"). */
	public boolean rateLimited() {
		return status == 429;
	}

	/**
	 * Parses a Retry-After header in seconds; null when absent or not a number of
	 * seconds.
	 */
	public static Duration retryAfterSeconds(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			long seconds = Long.parseLong(header.trim());
			return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, 3600));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
