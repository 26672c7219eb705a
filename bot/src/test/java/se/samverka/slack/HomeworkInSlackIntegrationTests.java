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
 * Homework in Slack, end to end over signed HTTP: an organiser assigns homework with a slash command,
 * each member gets the questions in a direct message, answers by text and through the modal a
 * question's button opens, the member who has not answered is reminded, and the status shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class HomeworkInSlackIntegrationTests {

	static final String SECRET = "homework-signing-secret";

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
	void homeworkIsAnsweredByTextAndModalRemindedAndShownInSlack() throws Exception {
		network("Slackläxa");
		assertThat(command(anna, home, "läxa 2021-09-30 | Vad tar vi med oss? | Vad ger vi nästa gång?"))
			.contains("Läxa 1 är utskickad (antal frågor: 2)").contains("alla 2 medlemmar (2 nåddes privat)");

		FakeSlack.Call second = slack.await(c -> c.path().equals("chat.postMessage") && c.param("text") != null
				&& c.param("text").contains("Fråga 2: Vad ger vi nästa gång?") && c.param("channel").startsWith("D")
				&& !c.param("channel").equals(FakeSlack.directMessageOf(anna)));
		assertThat(slack.calls).filteredOn(c -> c.path().equals("chat.postMessage") && c.param("text") != null
				&& c.param("text").contains("Fråga 1: Vad tar vi med oss?")).hasSize(2)
			.noneMatch(c -> c.param("channel").equals(home));

		assertThat(command(bo, bosDm, "svar 1 Våra rutiner")).contains("Ditt svar på fråga 1 i läxa 1 är sparat (1 av 2 besvarade)");
		JsonObject form = buttons(JsonParser.parseString(second.param("blocks")).getAsJsonArray()).get(0);
		assertThat(form.get("action_id").getAsString()).startsWith(SlackActions.FORM_PREFIX);
		String trigger = press(bo, second.param("channel"), form, slack.responseUrl("form-" + next()));
		FakeSlack.Call opened = slack.await(c -> c.path().equals("views.open") && c.param("trigger_id").equals(trigger));
		submitModal(bo, second.param("channel"), JsonParser.parseString(opened.param("view")).getAsJsonObject(),
				"Kontakterna från i dag");
		slack.await(c -> c.param("text") != null && c.param("text").contains("fråga 2 i läxa 1 är sparat (2 av 2 besvarade)")
				|| c.body().contains("fråga 2 i läxa 1 är sparat (2 av 2 besvarade)"));
		String homeworkId = mongo.getCollection("homework").find(new Document("questions", "Vad tar vi med oss?")).first()
			.getString("_id");
		assertThat(mongo.getCollection("homework_answers").find(new Document("homeworkId", homeworkId)).into(new ArrayList<>()))
			.singleElement()
			.satisfies(a -> assertThat(a.get("answers", Document.class))
				.isEqualTo(new Document("1", "Våra rutiner").append("2", "Kontakterna från i dag")));

		// two weeks before the due day, 09:00 in Stockholm: only Anna, who has not answered, is reminded
		clock.set(Instant.parse("2021-09-16T07:00:00Z"));
		runner.runDue();
		String annasDm = FakeSlack.directMessageOf(anna);
		slack.await(c -> isPost(c, annasDm) && c.param("text").contains("Påminnelse: läxa 1"));
		assertThat(slack.calls).filteredOn(c -> c.path().equals("chat.postMessage") && c.param("text") != null
				&& c.param("text").contains("Påminnelse: läxa 1")).singleElement()
			.satisfies(c -> assertThat(c.param("channel")).isEqualTo(annasDm));

		assertThat(command(anna, home, "läxa status")).contains("1 av 2 har svarat på alla frågor").contains("(Polisen)")
			.contains("2 av 2 frågor").contains("0 av 2 frågor");
		clock.set(Instant.parse("2021-10-01T07:00:00Z"));
		assertThat(command(bo, bosDm, "svar 1 Sent")).contains("Läxa 1 stängde efter 2021-09-30");
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
