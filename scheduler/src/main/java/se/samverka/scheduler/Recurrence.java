package se.samverka.scheduler;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

import org.springframework.scheduling.support.CronExpression;

/**
 * A recurring local time in a zone, given as a six-field cron expression (second minute
 * hour day month weekday), evaluated on the wall clock of the zone and not on UTC.
 * <p>
 * Daylight saving time, documented behaviour: a local time that does not exist that day
 * (02:30 on the last Sunday of March in Europe/Stockholm) fires once, shifted forward by
 * the length of the gap (03:30 CEST, 01:30 UTC); a local time that happens twice (02:30
 * on the last Sunday of October) fires once, at its first occurrence (02:30 CEST, 00:30
 * UTC). Occurrences are strictly increasing instants: none fires twice.
 */
public record Recurrence(String cron, ZoneId zone) {

	public Recurrence {
		Objects.requireNonNull(cron, "cron");
		Objects.requireNonNull(zone, "zone");
		if (!CronExpression.isValidExpression(cron)) {
			throw new IllegalArgumentException("Not a cron expression: " + cron);
		}
	}

	/** One occurrence: the local time it stands for and the instant it fires. */
	public record Occurrence(LocalDateTime local, Instant instant) {
	}

	/** The first occurrence strictly after {@code instant}. */
	public Occurrence firstAfter(Instant instant) {
		return nextAfter(LocalDateTime.ofInstant(instant, zone), instant);
	}

	/**
	 * The occurrence after the one that stood for {@code previousLocal} and fired at
	 * {@code previousInstant}.
	 */
	public Occurrence nextAfter(LocalDateTime previousLocal, Instant previousInstant) {
		CronExpression expression = CronExpression.parse(cron);
		LocalDateTime local = previousLocal;
		for (int guard = 0; guard < 10_000; guard++) {
			local = expression.next(local);
			if (local == null) {
				throw new IllegalStateException("The cron expression " + cron + " has no further occurrence");
			}
			// ZonedDateTime.of shifts a time in a gap forward by the gap and takes the
			// earlier offset
			// in an overlap: exactly the documented behaviour.
			Instant instant = ZonedDateTime.of(local, zone).toInstant();
			if (instant.isAfter(previousInstant)) {
				return new Occurrence(local, instant);
			}
		}
		throw new IllegalStateException("No occurrence of " + cron + " found after " + previousInstant);
	}

}
