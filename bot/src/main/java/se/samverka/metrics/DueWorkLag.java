package se.samverka.metrics;

import java.time.Duration;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import se.samverka.scheduler.DueWorkObserver;

/**
 * How late due work is taken up: claim time minus due time,
 * {@code samverka.scheduler.lag}, by kind of work.
 */
@Component
class DueWorkLag implements DueWorkObserver {

	private final MeterRegistry registry;

	DueWorkLag(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void claimed(String kind, Duration lag) {
		Timer.builder("samverka.scheduler.lag")
			.description("Due work: from when it was due to when an instance claimed it")
			.tag("kind", kind)
			.register(registry)
			.record(lag.isNegative() ? Duration.ZERO : lag);
	}

}
