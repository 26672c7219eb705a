package se.samverka.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

/**
 * The delivery ledger's backlog as gauges: {@code samverka.ledger.backlog} (every pending
 * entry), and per scope {@code samverka.ledger.pending} and
 * {@code samverka.ledger.oldest.pending} (seconds). They read MongoDB only when scraped,
 * at most once in {@link #FRESH_FOR}; a scope seen once keeps its gauges (at zero when
 * nothing waits there).
 */
@Component
class LedgerGauges {

	static final Duration FRESH_FOR = Duration.ofSeconds(5);

	private final MeterRegistry registry;

	private final PendingSends ledger;

	private final Set<String> watched = ConcurrentHashMap.newKeySet();

	private Map<String, PendingSends.Backlog> snapshot = Map.of();

	private long readAt;

	private boolean read;

	LedgerGauges(MeterRegistry registry, PendingSends ledger) {
		this.registry = registry;
		this.ledger = ledger;
		Gauge.builder("samverka.ledger.backlog", this, LedgerGauges::total)
			.description("Entries waiting in the delivery ledger")
			.register(registry);
	}

	private double total() {
		return snapshot().values().stream().mapToLong(PendingSends.Backlog::pending).sum();
	}

	private synchronized Map<String, PendingSends.Backlog> snapshot() {
		long now = System.nanoTime();
		if (!read || now - readAt >= FRESH_FOR.toNanos()) {
			snapshot = Map.copyOf(ledger.byScope());
			readAt = now;
			read = true;
			snapshot.keySet().forEach(this::watch);
		}
		return snapshot;
	}

	private void watch(String scope) {
		if (!watched.add(scope)) {
			return;
		}
		Gauge.builder("samverka.ledger.pending", this, g -> g.backlog(scope).pending())
			.description("Entries waiting in the delivery ledger, per scope")
			.tag("scope", scope)
			.register(registry);
		TimeGauge
			.builder("samverka.ledger.oldest.pending", this, TimeUnit.SECONDS,
					g -> g.backlog(scope).oldest().toMillis() / 1000.0)
			.description("How long the oldest entry waiting in the delivery ledger has waited, per scope")
			.tag("scope", scope)
			.register(registry);
	}

	private PendingSends.Backlog backlog(String scope) {
		return snapshot().getOrDefault(scope, new PendingSends.Backlog(0, Duration.ZERO));
	}

}
