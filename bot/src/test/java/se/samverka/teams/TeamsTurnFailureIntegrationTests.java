package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static se.samverka.teams.TeamsActivities.message;
import static se.samverka.teams.TeamsActivities.post;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.dialogue.Turns;

/**
 * When a turn breaks or is slow. The shared dialogue is wrapped (a spy) only to make one command
 * fail or wait; everything else is the real application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "samverka.teams.invoke-deadline=300ms")
@ActiveProfiles("test")
class TeamsTurnFailureIntegrationTests {

	static final FakeBotConnector connector = new FakeBotConnector();

	@LocalServerPort
	int port;

	@MockitoSpyBean
	Turns turns;

	@AfterAll
	static void stop() {
		connector.close();
	}

	@Test
	void apologisesInThePersonsLanguageWithoutTheErrorWhenATurnFails() {
		doThrow(new IllegalStateException("simulated database outage")).when(turns)
			.handle(argThat(inbound -> inbound != null && inbound.text().equals("krascha")));
		String swedish = "a:fail-sv-" + UUID.randomUUID();
		String english = "a:fail-en-" + UUID.randomUUID();
		ObjectNode inEnglish = message(connector.url(), english, "personal", "u-" + UUID.randomUUID(), "krascha");
		inEnglish.put("locale", "en-GB");

		assertThat(post(port, message(connector.url(), swedish, "personal", "u-" + UUID.randomUUID(), "krascha"), null)
			.statusCode()).isEqualTo(200);
		assertThat(post(port, inEnglish, null).statusCode()).isEqualTo(200);

		assertThat(connector.postedTo(swedish)).singleElement()
			.satisfies(p -> assertThat(p.readable()).startsWith("Förlåt, något gick fel").doesNotContain("simulated"));
		assertThat(connector.postedTo(english)).singleElement()
			.satisfies(p -> assertThat(p.readable()).startsWith("Sorry, something went wrong")
				.doesNotContain("Exception"));
	}

	@Test
	void answersASlowCardActionInTimeAndPostsTheReplyWhenItIsReady() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		doAnswer(invocation -> {
			release.await(10, TimeUnit.SECONDS);
			return invocation.callRealMethod();
		}).when(turns).handle(argThat(inbound -> inbound != null && inbound.text().startsWith("nätverk skapa Långsamt")));
		String chat = "a:slow-" + UUID.randomUUID();
		ObjectNode invoke = message(connector.url(), chat, "personal", "u-" + UUID.randomUUID(), null);
		invoke.put("type", "invoke").put("name", "adaptiveCard/action").remove("text");
		ObjectNode action = invoke.putObject("value").putObject("action").put("type", "Action.Execute");
		action.put("verb", "nätverk skapa");
		action.putObject("data").put("name", "Långsamt");

		HttpResponse<String> response = post(port, invoke, null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = new ObjectMapper().readTree(response.body());
		assertThat(body.path("value").asText()).isEqualTo("Jag arbetar på det – svaret kommer strax.");
		assertThat(connector.postedTo(chat)).isEmpty();
		release.countDown();
		assertThat(connector.await(p -> p.conversationId().equals(chat)).readable()).contains("Långsamt");
	}

}
