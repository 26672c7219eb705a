package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * With a Teams app id configured the instance is not in dev mode: there is no playground
 * at all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "samverka.teams.app-id=x")
@ActiveProfiles("test")
class PlaygroundOutsideDevModeIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void thePlaygroundIsNotFound() {
		assertNoPlayground(port);
	}

	/** Nothing of the playground answers on {@code port}, but the health check does. */
	static void assertNoPlayground(int port) {
		PlaygroundClient client = new PlaygroundClient(port);
		String browser = "b-" + UUID.randomUUID();
		assertThat(client.getRaw("/").statusCode()).isEqualTo(404);
		assertThat(client.getRaw("/?lang=en").body()).doesNotContain("Samverka – the playground");
		assertThat(client.getRaw("/playground/app.js").statusCode()).isEqualTo(404);
		assertThat(client.say(browser, "dm-" + browser, "hjälp").status()).isEqualTo(404);
		assertThat(client.getRaw("/playground/api/rooms/natverket/history?browserId=" + browser).statusCode())
			.isEqualTo(404);
		assertThat(client.getRaw("/playground/api/rooms/natverket/events?browserId=" + browser).statusCode())
			.isEqualTo(404);
		assertThat(
				client.post("natverket", "{}", Map.of("Content-Type", "application/json", "X-Samverka-Playground", "1"))
					.status())
			.isEqualTo(404);
		assertThat(client.getRaw("/actuator/health").statusCode()).isEqualTo(200);
	}

}
