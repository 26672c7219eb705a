package se.samverka.metrics;

import java.util.Locale;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.samverka.chat.Channel;

/**
 * Requests a channel turned away before acknowledging them because Samverka could take no
 * more (a 503 for a Slack event, a "try again" for a command):
 * {@code samverka.inbound.refused}, by channel.
 */
@Component
public class InboundMeters {

	private final MeterRegistry registry;

	InboundMeters(MeterRegistry registry) {
		this.registry = registry;
	}

	/** One request on {@code channel} refused for overload. */
	public void refused(Channel channel) {
		Counter.builder("samverka.inbound.refused")
			.description("Inbound requests refused because Samverka could take no more")
			.tag("channel", channel.name().toLowerCase(Locale.ROOT))
			.register(registry)
			.increment();
	}

}
