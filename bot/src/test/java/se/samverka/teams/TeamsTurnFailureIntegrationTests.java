package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.message;
import static se.samverka.teams.TeamsActivities.post;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * When a turn breaks: the database goes away (the test stops the MongoDB-protocol server
 * the app uses), and the person still gets an apology in their language, never the error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class TeamsTurnFailureIntegrationTests {

	static final FakeBotConnector connector = new FakeBotConnector();

	static final MongoServer database = new MongoServer(new MemoryBackend());

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.bind("127.0.0.1", 0);
		registry.add("samverka.storage.uri", () -> "mongodb://127.0.0.1:" + database.getLocalAddress().getPort()
				+ "/outage?serverSelectionTimeoutMS=1000&connectTimeoutMS=500&socketTimeoutMS=1000");
	}

	@LocalServerPort
	int port;

	@AfterAll
	static void stop() {
		connector.close();
	}

	@Test
	void apologisesInThePersonsLanguageWithoutTheErrorWhenTheDatabaseIsGone() {
		String swedish = "a:fail-sv-" + UUID.randomUUID();
		String english = "a:fail-en-" + UUID.randomUUID();
		assertThat(post(port, message(connector.url(), swedish, "personal", "u-" + UUID.randomUUID(), "hjälp"), null)
			.statusCode()).as("works while the database is up").isEqualTo(200);
		connector.await(p -> p.conversationId().equals(swedish));

		database.shutdownNow();
		ObjectNode inEnglish = message(connector.url(), english, "personal", "u-" + UUID.randomUUID(), "help");
		inEnglish.put("locale", "en-GB");
		assertThat(post(port, message(connector.url(), swedish, "personal", "u-" + UUID.randomUUID(), "hjälp"), null)
			.statusCode()).isEqualTo(200);
		assertThat(post(port, inEnglish, null).statusCode()).isEqualTo(200);

		assertThat(connector.await(p -> p.conversationId().equals(swedish) && p.readable().startsWith("Förlåt"))
			.readable()).startsWith("Förlåt, något gick fel").doesNotContain("Exception").doesNotContain("Mongo");
		assertThat(connector.await(p -> p.conversationId().equals(english)).readable())
			.startsWith("Sorry, something went wrong")
			.doesNotContain("Exception");
	}

}
