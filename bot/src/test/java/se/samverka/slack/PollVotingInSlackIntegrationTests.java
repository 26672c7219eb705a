package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;

/**
 * Date polls in Slack, end to end over signed HTTP: an organiser starts a poll with a slash command,
 * a member votes by text and with the command a card's button sends, the member who has not voted is
 * reminded in a direct message opened with conversations.open, and at the deadline the result is
 * announced in the network's channel; a late vote is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class PollVotingInSlackIntegrationTests {

	static final String SECRET = "poll-signing-secret";

	static final FakeSlack slack = new FakeSlack();

	static final AtomicInteger ids = new AtomicInteger();

	@DynamicPropertySource
	static void slackSettings(DynamicPropertyRegistry registry) {
		registry.add("samverka.slack.bot-token", () -> "xoxb-test-token");
		registry.add("samverka.slack.signing-secret", () -> SECRET);
		registry.add("samverka.slack.api-url", slack::apiUrl);
		registry.add("samverka.slack.workers", () -> "1");
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
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	final HttpClient http = HttpClient.newHttpClient();

	final String anna = "U-anna-" + next();

	final String bo = "U-bo-" + next();

	final String home = "C-home-" + next();

	final String bosDm = "D-bo-" + next();

	@BeforeEach
	void setClock() {
		clock.set(Instant.parse("2021-08-20T10:00:00Z"));
	}

	void network(String name) throws Exception {
		String code = inviteCode(command(anna, home, "nätverk skapa " + name));
		directMessage(bo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> isPost(c, bosDm) && c.param("text").contains("Välkommen"));
	}

	@Test
	void aPollIsVotedOnRemindedAndClosedInSlack() throws Exception {
		network("Slackomröstning");
		assertThat(command(anna, home, "omröstning Nästa Slackträff? | 2021-09-29 | 2021-10-01 | deadline 2021-09-01 12:00"))
			.contains("Omröstning 1 ”Nästa Slackträff?” är startad med 2 alternativ");

		assertThat(command(bo, bosDm, "rösta 1 1 ja")).contains("Du svarade ja på alternativ 1 (2021-09-29)");
		// the command a card's button sends, clicked twice
		JsonObject button = new JsonObject();
		button.addProperty("action_id", SlackActions.COMMAND_PREFIX + "0");
		button.addProperty("value", "vote 1 2 maybe");
		for (int click = 0; click < 2; click++) {
			String responseUrl = slack.responseUrl("vote-" + next());
			press(bo, bosDm, button, responseUrl);
			assertThat(text(slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())).body()))
				.contains("Du svarade om det behövs på alternativ 2 (2021-10-01)");
		}
		String pollId = mongo.getCollection("polls").find(new Document("question", "Nästa Slackträff?")).first().getString("_id");
		assertThat(mongo.getCollection("poll_votes").find(new Document("pollId", pollId)).into(new ArrayList<>()))
			.singleElement()
			.satisfies(v -> assertThat(v.get("answers", Document.class)).isEqualTo(new Document(Map.of("1", "YES", "2", "MAYBE"))));

		clock.set(Instant.parse("2021-08-30T10:00:00Z"));
		runner.runDue();
		String annasDm = FakeSlack.directMessageOf(anna);
		slack.await(c -> isPost(c, annasDm) && c.param("text").contains("Påminnelse: Nästa Slackträff?"));
		assertThat(slack.calls).noneMatch(c -> c.path().equals("chat.postMessage") && c.param("text") != null
				&& c.param("text").contains("Påminnelse") && !c.param("channel").equals(annasDm));

		clock.set(Instant.parse("2021-09-01T10:00:00Z"));
		runner.runDue();
		FakeSlack.Call result = slack.await(c -> isPost(c, home) && c.param("text").contains("Resultat av omröstning 1"));
		assertThat(result.param("text")).contains("Det blev 2021-09-29").contains("/calendar/");
		assertThat(command(bo, bosDm, "rösta 1 2 ja")).contains("är stängd");
	}

	private static java.util.List<JsonObject> buttons(JsonArray blocks) {
		java.util.List<JsonObject> found = new ArrayList<>();
		for (JsonElement block : blocks) {
			JsonObject b = block.getAsJsonObject();
			if (b.get("type").getAsString().equals("actions")) {
				b.getAsJsonArray("elements").forEach(e -> found.add(e.getAsJsonObject()));
			}
		}
		return found;
	}

	/** A button click as Slack sends it; returns the trigger id. */
	private String press(String user, String channel, JsonObject button, String responseUrl) throws Exception {
		JsonObject click = interaction("block_actions", user, channel, responseUrl);
		JsonObject action = new JsonObject();
		action.addProperty("action_id", button.get("action_id").getAsString());
		action.addProperty("type", "button");
		action.addProperty("value", button.get("value").getAsString());
		action.addProperty("action_ts", "1.6");
		JsonArray actions = new JsonArray();
		actions.add(action);
		click.add("actions", actions);
		assertThat(postPayload(click).statusCode()).isEqualTo(200);
		return click.get("trigger_id").getAsString();
	}

	/** Submits the modal with {@code typed} in its first input, as Slack sends a view_submission. */
	private void submitModal(String user, String channel, JsonObject view, String typed) throws Exception {
		JsonObject input = view.getAsJsonArray("blocks").asList().stream()
			.map(JsonElement::getAsJsonObject)
			.filter(b -> b.get("type").getAsString().equals("input"))
			.findFirst()
			.orElseThrow();
		JsonObject submission = interaction("view_submission", user, channel, null);
		submission.remove("channel");
		submission.remove("container");
		JsonObject submitted = new JsonObject();
		submitted.addProperty("id", "V-" + next());
		submitted.addProperty("hash", "h1");
		submitted.addProperty("type", "modal");
		submitted.addProperty("callback_id", "samverka_form");
		submitted.add("private_metadata", view.get("private_metadata"));
		submitted.add("blocks", view.get("blocks"));
		JsonObject value = new JsonObject();
		value.addProperty("type", "plain_text_input");
		value.addProperty("value", typed);
		JsonObject byAction = new JsonObject();
		byAction.add(input.getAsJsonObject("element").get("action_id").getAsString(), value);
		JsonObject values = new JsonObject();
		values.add(input.get("block_id").getAsString(), byAction);
		JsonObject state = new JsonObject();
		state.add("values", values);
		submitted.add("state", state);
		submission.add("view", submitted);
		assertThat(postPayload(submission).statusCode()).isEqualTo(200);
	}

	// --- helpers ---

	private static boolean isPost(FakeSlack.Call call, String channel) {
		return call.path().equals("chat.postMessage") && call.param("channel").equals(channel);
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

	private void directMessage(String user, String channel, String text) throws Exception {
		JsonObject event = new JsonObject();
		event.addProperty("type", "message");
		event.addProperty("user", user);
		event.addProperty("text", text);
		event.addProperty("ts", "1700000000.0001");
		event.addProperty("channel", channel);
		event.addProperty("event_ts", "1700000000.0001");
		event.addProperty("channel_type", "im");
		assertThat(post(envelope(event), "application/json").statusCode()).isEqualTo(200);
	}

	private static String envelope(JsonObject event) {
		JsonObject envelope = new JsonObject();
		envelope.addProperty("token", "t");
		envelope.addProperty("team_id", "T1");
		envelope.addProperty("api_app_id", "A1");
		envelope.add("event", event);
		envelope.addProperty("type", "event_callback");
		envelope.addProperty("event_id", "Ev" + next());
		envelope.addProperty("event_time", 1700000000);
		return envelope.toString();
	}

	private static JsonObject interaction(String type, String user, String channel, String responseUrl) {
		JsonObject payload = JsonParser.parseString("{\"type\":\"" + type + "\",\"team\":{\"id\":\"T1\",\"domain\":\"fake\"},"
				+ "\"user\":{\"id\":\"" + user + "\",\"username\":\"anna\",\"name\":\"anna\",\"team_id\":\"T1\"},"
				+ "\"api_app_id\":\"A1\",\"token\":\"t\",\"trigger_id\":\"trigger-" + next() + "\","
				+ "\"channel\":{\"id\":\"" + channel + "\",\"name\":\"allmänt\"},"
				+ "\"container\":{\"type\":\"message\",\"channel_id\":\"" + channel + "\",\"message_ts\":\"1.1\"}}")
			.getAsJsonObject();
		if (responseUrl != null) {
			payload.addProperty("response_url", responseUrl);
		}
		return payload;
	}

	private HttpResponse<String> postPayload(JsonObject payload) throws Exception {
		return post("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8),
				"application/x-www-form-urlencoded");
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
