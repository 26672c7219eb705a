package se.samverka.metrics;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import se.samverka.chat.Channel;

/**
 * How long a turn takes, from the message to its replies: {@code samverka.turns}, by
 * channel.
 */
@Component
public class TurnMeters {

	private final MeterRegistry registry;

	TurnMeters(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Runs the turn and records how long it took, whether it answered or threw. */
	public <T> T timed(Channel channel, Supplier<T> turn) {
		Timer.Sample sample = Timer.start(registry);
		try {
			return turn.get();
		}
		finally {
			sample.stop(Timer.builder("samverka.turns")
				.description("Turns: a message in to its replies")
				.tag("channel", SendMeters.name(channel))
				.register(registry));
		}
	}

}
