package se.samverka.metrics;

import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import se.samverka.chat.Channel;

/**
 * What became of the delivery ledger's sends: {@code samverka.sends} by channel and
 * outcome, and the platforms' 429s with how long each held its scope back
 * ({@code samverka.sends.rate.limited}: its count is the 429s, its sum the time paused).
 */
@Component
public class SendMeters {

	/** How one claimed send ended. */
	public enum Outcome {

		/** The platform took it. */
		SENT,
		/** The recipient cannot be reached (gone, blocked, removed); not retried. */
		UNREACHABLE,
		/** Refused for good, or given up after its attempts. */
		FAILED,
		/** May have gone out (a timeout, a Teams 5xx); never resent. */
		UNCERTAIN,
		/** Refused for now (not a 429): tried again after a backoff. */
		RETRIED,
		/** Nothing was left to send (a card that is gone or cannot be updated). */
		SKIPPED

	}

	private final MeterRegistry registry;

	SendMeters(MeterRegistry registry) {
		this.registry = registry;
	}

	public void ended(Channel channel, Outcome outcome) {
		Counter.builder("samverka.sends")
			.description("Sends from the delivery ledger, by channel and outcome")
			.tag("channel", name(channel))
			.tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
			.register(registry)
			.increment();
	}

	/** A 429 that holds the send's scope back for {@code paused}. */
	public void rateLimited(Channel channel, Duration paused) {
		Timer.builder("samverka.sends.rate.limited")
			.description("429s from the platforms (count) and the time they held sends back (sum)")
			.tag("channel", name(channel))
			.register(registry)
			.record(paused);
	}

	static String name(Channel channel) {
		return channel.name().toLowerCase(Locale.ROOT);
	}

}
