package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.google.gson.JsonParser;

import se.samverka.TestClock;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.delivery.DeliveryCounts;
import se.samverka.delivery.Outbox;
import se.samverka.network.Network;
import se.samverka.network.Person;
import se.samverka.network.PersonalMessages;

/**
 * Personal reminders through the outbox in Slack, against a fake Web API: a DM answered once with
 * 429 and Retry-After is sent once after waiting, a DM answered once with a 500 is retried (Slack's
 * policy) and sent once, a DM that is gone is unreachable; the organiser sees it with
 * {@code /samverka utskick}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class DeliveriesInSlackIntegrationTests {

	static final String SECRET = "deliveries-signing-secret";

	static final FakeSlack slack = new FakeSlack();

	static final AtomicInteger ids = new AtomicInteger();

	@DynamicPropertySource
	static void slackSettings(DynamicPropertyRegistry registry) {
		slack.register(registry, SECRET);
	}

	@AfterAll
	static void stopFake() {
		slack.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Outbox outbox;

	@Autowired
	PersonalMessages personal;

	final HttpClient http = HttpClient.newHttpClient();

	final String anna = "U-anna-" + next();

	final String home = "C-home-" + next();

	@Test
	void rateLimitedWaitsServerErrorIsRetriedOnceAndAGoneChannelIsUnreachable() throws Exception {
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String name = "Utskick " + next();
		String code = inviteCode(command(anna, home, "nätverk skapa " + name));
		List<String> users = List.of("U-bo-" + next(), "U-cecilia-" + next(), "U-david-" + next());
		List<String> dms = users.stream().map(u -> "D-" + u).toList();
		for (int i = 0; i < users.size(); i++) {
			assertThat(command(users.get(i), dms.get(i), "gå med " + code + " Skolan")).isNotBlank();
		}
		NetworkId network = new NetworkId(
				mongo.findOne(Query.query(Criteria.where("name").is(name)), Network.class).id());
		slack.failOnceWith.put(dms.get(0), new ConcurrentLinkedQueue<>(List.of("ratelimited")));
		slack.failOnceWith.put(dms.get(1), new ConcurrentLinkedQueue<>(List.of("internal_error")));
		slack.failWith.put(dms.get(2), "channel_not_found");

		String key = "reminder:" + name;
		String text = "Påminnelse " + name;
		for (String user : users) {
			assertThat(personal.send(key, personOf(user), network, Message.text(text))).isTrue();
		}
		DeliveryCounts counts = awaitSettled(key);

		assertThat(counts).isEqualTo(new DeliveryCounts(2, 0, 1, 0, 0));
		assertThat(posts(dms.get(0), text)).isEqualTo(2);
		assertThat(posts(dms.get(1), text)).isEqualTo(2);
		assertThat(posts(dms.get(2), text)).isEqualTo(1);
		assertThat(slack.calls.stream()
			.filter(c -> c.path().equals("chat.postMessage") && c.answer().contains("\"ok\":true")
					&& c.param("text").contains(text))).hasSize(2);

		String report = command(anna, home, "utskick");
		assertThat(report).contains(text).contains("skickade 2, väntar 0, kunde inte nås 1, osäkra 0");
		assertThat(command(users.get(0), dms.get(0), "utskick")).contains("Bara nätverkets arrangörer");
	}

	private long posts(String channel, String text) {
		return slack.count(c -> c.path().equals("chat.postMessage") && c.param("channel").equals(channel)
				&& c.param("text").contains(text));
	}

	private DeliveryCounts awaitSettled(String key) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		DeliveryCounts counts = outbox.counts(key);
		while (counts.pending() > 0 && Instant.now().isBefore(deadline)) {
			outbox.drainNow();
			counts = outbox.counts(key);
		}
		return counts;
	}

	private PersonId personOf(String user) {
		return new PersonId(mongo.findOne(Query.query(Criteria.where("userId").is(user)), Person.class).id());
	}

	/** What a response_url answer says: its fallback text. */
	private static String text(String responseBody) {
		return JsonParser.parseString(responseBody).getAsJsonObject().get("text").getAsString();
	}

	private static String inviteCode(String reply) {
		Matcher found = Pattern.compile("(?:Inbjudningskod|Invite code)\\*?:?\\*?\\s*([A-Z0-9]{6})").matcher(reply);
		assertThat(found.find()).as(reply).isTrue();
		return found.group(1);
	}

	/** A slash command; returns the fallback text of the answer sent to its response_url. */
	private String command(String user, String channel, String text) throws Exception {
		return text(answer(user, channel, text));
	}

	/** A slash command; returns the whole answer (JSON) sent to its response_url. */
	private String answer(String user, String channel, String text) throws Exception {
		String responseUrl = slack.responseUrl("cmd-" + next());
		assertThat(post(slashBody(user, channel, text, responseUrl), "application/x-www-form-urlencoded").statusCode())
			.isEqualTo(200);
		return slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())).body();
	}

	private static String slashBody(String user, String channel, String text, String responseUrl) {
		return form(Map.of("token", "t", "team_id", "T1", "team_domain", "fake", "channel_id", channel, "channel_name",
				channel.startsWith("D") ? "directmessage" : "allmänt", "user_id", user, "user_name", "anna", "command",
				"/samverka", "text", text)) + "&"
				+ form(Map.of("response_url", responseUrl, "trigger_id", "trigger-" + next(), "api_app_id", "A1"));
	}

	/** Signed with the application's clock, which the test moves, as Slack would sign at that time. */
	private HttpResponse<String> post(String body, String contentType) throws Exception {
		String ts = String.valueOf(clock.instant().getEpochSecond());
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
			.header("Content-Type", contentType)
			.header("X-Slack-Request-Timestamp", ts)
			.header("X-Slack-Signature", new SlackSignature(SECRET).sign(ts, body.getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String form(Map<String, String> fields) {
		return String.join("&", fields.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.toList());
	}

	private static String next() {
		return ids.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
	}

}
