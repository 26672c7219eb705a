package se.samverka.scheduler;

import java.time.Duration;
import java.util.Objects;

/**
 * What to do with work that is found late, after downtime or a busy spell. Every kind
 * says so explicitly; there is no silent default.
 *
 * @param tolerance how late the work may still run; {@code null} means it always runs,
 * however late
 */
public record CatchUp(Duration tolerance) {

	/**
	 * Runs however late it is found (homework reminders, poll deadlines: better late than
	 * never).
	 */
	public static CatchUp runLate() {
		return new CatchUp(null);
	}

	/**
	 * Skipped, and recorded as skipped, when found more than {@code tolerance} late (slot
	 * prompts).
	 */
	public static CatchUp skipWhenLaterThan(Duration tolerance) {
		Objects.requireNonNull(tolerance, "tolerance");
		return new CatchUp(tolerance);
	}

	boolean allows(Duration lateness) {
		return tolerance == null || lateness.compareTo(tolerance) <= 0;
	}

}
