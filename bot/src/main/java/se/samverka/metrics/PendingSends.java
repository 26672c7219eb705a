package se.samverka.metrics;

import java.time.Duration;
import java.util.Map;

/**
 * The delivery ledger's backlog as the gauges read it: per scope (a Teams tenant, a Slack
 * workspace, …) how many entries wait and how long the oldest has.
 */
public interface PendingSends {

	/** The scopes with pending entries now. */
	Map<String, Backlog> byScope();

	record Backlog(long pending, Duration oldest) {
	}

}
