package se.samverka.scheduler;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One piece of work due at an instant, kept in MongoDB so that it survives restarts and
 * so that exactly one of several instances runs it.
 *
 * @param id the caller's own key (for example {@code meeting:42:slot:3:prompt}):
 * scheduling the same id again moves the pending work instead of adding a second copy
 * @param kind which {@link DueWorkHandler} runs it
 * @param subject what the handler needs to find its data, usually an id; never personal
 * data
 * @param dueAt when, in UTC (after a failed attempt: when to try again)
 * @param firstDueAt after a failed attempt, when the work was first due; lateness, and so
 * catch-up, counts from there, so retries never carry a prompt past its tolerance
 * @param zone the zone the time was given in (the network's)
 * @param cron a zone-aware cron expression for recurring work, or null
 * @param localDue for recurring work, the local date-time {@code dueAt} stands for (ISO
 * text, so that no converter applies the server's own zone to it)
 * @param leaseOwner the instance that claimed it, while {@link WorkState#RUNNING}
 * @param leaseUntil when an unfinished claim may be taken over (the owner crashed)
 * @param attempts how often it was claimed for its current due instant
 * @param lastRunBy the instance that last ran (or skipped) it
 * @param outcome a short note on the last run (never message text)
 */
@Document("due_work")
public record DueWork(@Id String id, String kind, String subject, Instant dueAt, String zone, String cron,
		String localDue, WorkState state, String leaseOwner, Instant leaseUntil, int attempts, Instant lastRunAt,
		String lastRunBy, String outcome, Instant firstDueAt, Instant createdAt) {

	public ZoneId zoneId() {
		return ZoneId.of(zone);
	}

	LocalDateTime localDueTime() {
		return LocalDateTime.parse(localDue);
	}

	/** The instant lateness counts from. */
	Instant lateSince() {
		return firstDueAt != null ? firstDueAt : dueAt;
	}

	public boolean recurring() {
		return cron != null;
	}

}
