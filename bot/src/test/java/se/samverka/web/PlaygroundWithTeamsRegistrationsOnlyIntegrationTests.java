package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import se.samverka.DevMode;
import se.samverka.teams.TeamsActivities;

/**
 * Teams configured only through the registrations list (one per principal, no
 * {@code samverka.teams.app-id}) is not dev mode either: no playground, and
 * {@code /api/messages} wants a Bot Connector token even from this machine.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "samverka.teams.registrations[0].app-id=kommun-app",
				"samverka.teams.registrations[0].app-password=not-used",
				"samverka.teams.registrations[0].tenant-id=kommun-tenant" })
@ActiveProfiles("test")
class PlaygroundWithTeamsRegistrationsOnlyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DevMode devMode;

	@Test
	void thePlaygroundIsNotFoundAndTeamsWantsAToken() {
		assertThat(devMode.enabled()).isFalse();
		PlaygroundOutsideDevModeIntegrationTests.assertNoPlayground(port);

		String user = "u-" + UUID.randomUUID();
		assertThat(TeamsActivities
			.post(port, TeamsActivities.message("http://127.0.0.1:9/", "a:" + user, "personal", user, "hjälp"), null)
			.statusCode()).as("no token, from loopback").isEqualTo(401);
	}

}
