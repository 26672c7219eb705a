package se.samverka.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import se.samverka.chat.Channel;
import se.samverka.chat.InboundLoad;

/**
 * Requests the channels turned away for overload, as Prometheus reads them: one counter
 * per channel, read from the channels' own count.
 */
class InboundMetersUnitTests {

	@Test
	void countsRefusedRequestsPerChannel() {
		PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
		InboundLoad load = new InboundLoad();
		new InboundMeters(registry, load);

		load.refuse(Channel.SLACK);
		load.refuse(Channel.SLACK);
		load.refuse(Channel.TEAMS);
		load.watchWaiting(Channel.SLACK, () -> 42);

		Scrape scrape = new Scrape(200, registry.scrape());
		assertThat(scrape.value("samverka_inbound_refused_total", "channel=\"slack\"")).contains(2.0);
		assertThat(scrape.value("samverka_inbound_refused_total", "channel=\"teams\"")).contains(1.0);
		assertThat(scrape.value("samverka_inbound_refused_total", "channel=\"playground\"")).contains(0.0);
		assertThat(scrape.value("samverka_inbound_waiting", "channel=\"slack\"")).contains(42.0);
		assertThat(scrape.value("samverka_inbound_waiting", "channel=\"teams\"")).contains(0.0);
	}

}
