package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.message;
import static se.samverka.teams.TeamsActivities.post;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/**
 * A card action whose command takes longer than Teams' invoke deadline is answered in
 * time with "working on it", and its reply is posted when ready. The slow command is a
 * real command added for this test, waiting until the test releases it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "samverka.teams.invoke-deadline=300ms")
@ActiveProfiles("test")
@Import(TeamsSlowActionIntegrationTests.SlowCommand.class)
class TeamsSlowActionIntegrationTests {

	static final FakeBotConnector connector = new FakeBotConnector();

	static final CountDownLatch release = new CountDownLatch(1);

	@LocalServerPort
	int port;

	@AfterAll
	static void stop() {
		connector.close();
	}

	@Test
	void answersASlowCardActionInTimeAndPostsTheReplyWhenItIsReady() throws Exception {
		String chat = "a:slow-" + UUID.randomUUID();
		ObjectNode invoke = message(connector.url(), chat, "personal", "u-" + UUID.randomUUID(), null);
		invoke.put("type", "invoke").put("name", "adaptiveCard/action").remove("text");
		ObjectNode action = invoke.putObject("value").putObject("action").put("type", "Action.Execute");
		action.put("verb", "långsam test");
		action.putObject("data").put("name", "Långsamt");

		HttpResponse<String> response = post(port, invoke, null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = new ObjectMapper().readTree(response.body());
		assertThat(body.path("value").asText()).isEqualTo("Jag arbetar på det – svaret kommer strax.");
		assertThat(connector.postedTo(chat)).isEmpty();
		release.countDown();
		assertThat(connector.await(p -> p.conversationId().equals(chat)).readable()).contains("Klar: Långsamt");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SlowCommand {

		@Bean
		CommandHandler slowTestCommand() {
			return new CommandHandler() {
				@Override
				public CommandSpec spec() {
					return new CommandSpec(CommandNames.of("slow test", "långsam test"), Access.EVERYONE, "help.help");
				}

				@Override
				public List<Message> handle(CommandContext context) {
					try {
						release.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return List.of(Message.text("Klar: " + context.args()));
				}
			};
		}

	}

}
