package se.samverka.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverka.SamverkaTest;

/** Without SAMVERKA_METRICS there is nothing to scrape: /actuator/prometheus is 404. */
@SamverkaTest
class MetricsOffByDefaultIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void prometheusIsNotThereUnlessSwitchedOn() {
		assertThat(Scrape.of(port).status()).isEqualTo(404);
	}

}
