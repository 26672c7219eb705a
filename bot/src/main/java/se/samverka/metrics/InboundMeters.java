package se.samverka.metrics;

import java.util.Locale;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import se.samverka.chat.Channel;
import se.samverka.chat.InboundLoad;

/**
 * Requests a channel turned away before acknowledging them because Samverka could take no
 * more (a 503 for a Slack event, a "try again" for a command), as counted by
 * {@link InboundLoad}: {@code samverka.inbound.refused}, by channel; and those taken and
 * waiting to be worked off: {@code samverka.inbound.waiting}.
 */
@Component
public class InboundMeters {

	InboundMeters(MeterRegistry registry, InboundLoad load) {
		for (Channel channel : Channel.values()) {
			FunctionCounter.builder("samverka.inbound.refused", load, l -> l.refused(channel))
				.description("Inbound requests refused because Samverka could take no more")
				.tag("channel", channel.name().toLowerCase(Locale.ROOT))
				.register(registry);
			Gauge.builder("samverka.inbound.waiting", load, l -> l.waiting(channel))
				.description("Requests acknowledged and not yet worked off (the Slack inbound journal)")
				.tag("channel", channel.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
	}

}
