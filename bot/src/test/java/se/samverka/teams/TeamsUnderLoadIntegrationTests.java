package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.SamverkaTest;
import se.samverka.chat.Channel;
import se.samverka.chat.InboundLoad;
import se.samverka.chat.InboundSettings;
import se.samverka.conversation.TranscriptEntry;

/**
 * Teams (local dev mode) with every turn held up at the fake Bot Connector, where the
 * replies go, and more messages sent at once than may run at once
 * ({@code samverka.inbound.teams-turns}): those that found room are answered 200 and are
 * in the conversation log; the rest get 503 with Retry-After after a second, and are not.
 * A card action that finds no room is answered "busy, try again".
 */
@SamverkaTest
class TeamsUnderLoadIntegrationTests {

	static final FakeBotConnector connector = FakeBotConnector.answeringAtOnce(200);

	static final int MORE = 12;

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	InboundLoad load;

	@Autowired
	InboundSettings inbound;

	final CountDownLatch release = new CountDownLatch(1);

	final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void letGo() {
		release.countDown();
		connector.onEachPost(post -> {
		});
	}

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@Test
	void everyMessageAnswered200IsLoggedAndTheRestAreRefusedWith503() throws Exception {
		String run = "load-" + UUID.randomUUID();
		connector.onEachPost(post -> {
			if (post.conversationId().contains(run)) {
				try {
					release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		});
		long refusedBefore = load.refused(Channel.TEAMS);
		int flood = inbound.teamsTurns() + MORE;
		List<ObjectNode> activities = new ArrayList<>();
		List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < flood; i++) {
			ObjectNode activity = TeamsActivities.message(connector.url(), "a:" + run + "-" + i, "personal",
					"u-" + UUID.randomUUID(), "hjälp");
			activities.add(activity);
			answers.add(http.sendAsync(request(activity), HttpResponse.BodyHandlers.ofString()));
		}
		// the turns with room wait at the connector until released: the others are
		// refused meanwhile
		await().atMost(Duration.ofSeconds(60))
			.until(() -> answers.stream().filter(CompletableFuture::isDone).count() >= MORE);
		ObjectNode action = TeamsActivities.message(connector.url(), "a:" + run + "-action", "personal",
				"u-" + UUID.randomUUID(), null);
		action.put("type", "invoke").put("name", "adaptiveCard/action").remove("text");
		action.putObject("value").putObject("action").put("type", "Action.Execute").put("verb", "hjälp");
		HttpResponse<String> busyAction = http.send(request(action), HttpResponse.BodyHandlers.ofString());
		release.countDown();

		List<String> taken = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		for (int i = 0; i < flood; i++) {
			HttpResponse<String> answer = answers.get(i).get(60, TimeUnit.SECONDS);
			String key = "teams:" + activities.get(i).path("conversation").path("id").asText() + ":"
					+ activities.get(i).path("id").asText();
			if (answer.statusCode() == 503) {
				assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
				refused.add(key);
			}
			else {
				assertThat(answer.statusCode()).isEqualTo(200);
				taken.add(key);
			}
		}
		assertThat(taken).hasSize(inbound.teamsTurns());
		assertThat(refused).hasSize(MORE);
		assertThat(busyAction.statusCode()).isEqualTo(200);
		JsonNode body = new ObjectMapper().readTree(busyAction.body());
		assertThat(body.path("value").asText()).startsWith("Samverka har mycket att göra just nu");
		assertThat(load.refused(Channel.TEAMS) - refusedBefore).isEqualTo(MORE + 1);
		assertThat(logged(taken)).as("answered 200 and in the conversation log").isEqualTo(taken.size());
		assertThat(logged(refused)).as("refused, so never taken").isZero();
	}

	private long logged(List<String> keys) {
		return mongo.count(Query.query(Criteria.where("dedupKey").in(keys)), TranscriptEntry.class);
	}

	private HttpRequest request(ObjectNode activity) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
			.build();
	}

}
