package se.samverka.delivery;

import java.util.List;

/**
 * The ledger entries one request put in (or found already there), for a turn that waits
 * for them with {@link Outbox#settle(Queued, java.time.Duration)}.
 */
public record Queued(List<String> entries) {

	public Queued {
		entries = List.copyOf(entries);
	}

	public int size() {
		return entries.size();
	}

}
