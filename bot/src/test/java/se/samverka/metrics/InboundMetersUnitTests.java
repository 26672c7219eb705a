package se.samverka.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import se.samverka.chat.Channel;

/**
 * What the channels call when they turn a request away for overload, as Prometheus reads
 * it: one counter per channel.
 */
class InboundMetersUnitTests {

	@Test
	void countsRefusedRequestsPerChannel() {
		PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
		InboundMeters inbound = new InboundMeters(registry);

		inbound.refused(Channel.SLACK);
		inbound.refused(Channel.SLACK);
		inbound.refused(Channel.TEAMS);

		Scrape scrape = new Scrape(200, registry.scrape());
		assertThat(scrape.value("samverka_inbound_refused_total", "channel=\"slack\"")).contains(2.0);
		assertThat(scrape.value("samverka_inbound_refused_total", "channel=\"teams\"")).contains(1.0);
		assertThat(scrape.value("samverka_inbound_refused_total", "channel=\"playground\"")).isEmpty();
	}

}
