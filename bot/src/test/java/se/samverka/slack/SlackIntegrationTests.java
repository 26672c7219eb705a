package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/**
 * Slack end to end: signed requests over HTTP to /slack/events, turns against the
 * embedded database, replies observed at a fake Slack Web API and response_url on
 * loopback. One worker thread, so Slack work runs in arrival order and "nothing more
 * happened" can be shown by a later marker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SlackIntegrationTests {

	static final String SECRET = "test-signing-secret";

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

	/** A command whose answer has a text input, as later features will have. */
	@TestConfiguration
	static class FormCommand {

		@Bean
		CommandHandler formDemo() {
			return new CommandHandler() {
				@Override
				public CommandSpec spec() {
					return new CommandSpec(CommandNames.of("form demo", "formulär demo"), Access.EVERYONE, "help.help");
				}

				@Override
				public List<Message> handle(CommandContext context) {
					return List.of(Message.builder()
						.paragraph("Name your network")
						.input(new TextInput("name", "Network name", "", "", false, 100))
						.buttons(new Button("Create", "network create", true))
						.build());
				}
			};
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void answersASlashCommandInSwedishThroughTheResponseUrl() throws Exception {
		String reply = command("U-" + next(), "C-" + next(), "hjälp");
		assertThat(reply).contains("Samverka – det här kan jag").contains("nätverk skapa");
	}

	@Test
	void switchesToEnglishAndCreatesANetworkWithAnInviteCode() throws Exception {
		String user = "U-" + next();
		String channel = "C-" + next();
		assertThat(command(user, channel, "language en")).contains("English");
		assertThat(command(user, channel, "help")).contains("Samverka – what I can do");
		String created = command(user, channel, "network create Barnens bästa");
		assertThat(created).contains("Barnens bästa").contains("Invite code");
	}

	@Test
	void announcesAJoinInTheNetworksSlackHomeChannel() throws Exception {
		String home = "C-home-" + next();
		String created = command("U-" + next(), home, "nätverk skapa Hemkanalen");
		var found = java.util.regex.Pattern.compile("Inbjudningskod: ([A-Z0-9]+)").matcher(created);
		assertThat(found.find()).as(created).isTrue();
		String code = found.group(1);
		String dm = "D-" + next();
		post(event("message", "U-" + next(), dm, "gå med " + code + " Polisen", null), "application/json");
		assertThat(slack.await(c -> c.path().equals("chat.postMessage") && c.param("channel").equals(dm)).param("text"))
			.contains("Välkommen");
		FakeSlack.Call announcement = slack
			.await(c -> c.path().equals("chat.postMessage") && c.param("channel").equals(home));
		// An event carries only the user id: the name comes from users.info.
		assertThat(announcement.param("text")).contains("Fake Person").contains("Polisen").contains("Hemkanalen");
		// Single-workspace Bolt asks auth.test who the bot is.
		assertThat(slack.count(c -> c.path().equals("auth.test"))).isPositive();
	}

	@Test
	void answersAMentionInItsThreadWithoutTheMention() throws Exception {
		String channel = "C-" + next();
		String event = event("app_mention", "U-" + next(), channel, "<@UBOT> hjälp", null);
		assertThat(post(event, "application/json").statusCode()).isEqualTo(200);
		FakeSlack.Call call = slack
			.await(c -> c.path().equals("chat.postMessage") && c.param("channel").equals(channel));
		assertThat(call.param("thread_ts")).isEqualTo("1700000000.0001");
		assertThat(call.param("blocks")).contains("Samverka – det här kan jag");
	}

	@Test
	void withOnlyABotTokenItServesThatTokensWorkspaceAndOffersNoInstall() throws Exception {
		for (String path : List.of("/slack/install", "/slack/oauth_redirect?code=c&state=s")) {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(404);
		}
		String elsewhere = "D-" + next();
		JsonObject message = JsonParser.parseString(event("message", "U-" + next(), elsewhere, "hjälp", null))
			.getAsJsonObject();
		message.addProperty("team_id", "T-ANOTHER");
		assertThat(post(message.toString(), "application/json").statusCode()).isEqualTo(200);
		String dm = "D-" + next();
		post(event("message", "U-" + next(), dm, "hjälp", null), "application/json");
		assertThat(slack.await(c -> c.path().equals("chat.postMessage") && c.param("channel").equals(dm)).token())
			.isEqualTo("xoxb-test-token");
		// One worker: the message from T1 came last, so the other one was dropped.
		assertThat(slack.calls).noneMatch(c -> c.param("channel").equals(elsewhere));
		assertThat(transcriptIn("slack:T-ANOTHER:" + elsewhere)).isZero();
		assertThat(slack.calls).filteredOn(c -> c.path().contains("."))
			.allSatisfy(c -> assertThat(c.token()).isEqualTo("xoxb-test-token"));
	}

	@Test
	void answersADirectMessageAndIgnoresBotsAndEdits() throws Exception {
		String dm = "D-" + next();
		post(event("message", null, dm, "hjälp från en bot", "\"bot_id\":\"B9\","), "application/json");
		post(editedEvent(dm), "application/json");
		post(event("message", "U-" + next(), dm, "hjälp", null), "application/json");
		FakeSlack.Call call = slack.await(c -> c.path().equals("chat.postMessage") && c.param("channel").equals(dm));
		assertThat(call.param("blocks")).contains("Samverka – det här kan jag");
		// One worker: the real message came last, so everything before it has been
		// handled.
		assertThat(slack.count(c -> c.param("channel").equals(dm))).isEqualTo(1);
		assertThat(transcriptIn("slack:" + "T1:" + dm)).isEqualTo(1);
	}

	@Test
	void aRetriedEventHasOneEffect() throws Exception {
		String channel = "C-" + next();
		String event = event("app_mention", "U-" + next(), channel, "<@UBOT> network create Dubbelt", null);
		String eventId = JsonParser.parseString(event).getAsJsonObject().get("event_id").getAsString();
		assertThat(post(event, "application/json").statusCode()).isEqualTo(200);
		HttpResponse<String> retry = post(event, "application/json",
				Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
		assertThat(retry.statusCode()).isEqualTo(200);
		String marker = event("app_mention", "U-" + next(), channel, "<@UBOT> hjälp", null);
		post(marker, "application/json");
		slack.await(c -> c.path().equals("chat.postMessage") && c.param("channel").equals(channel)
				&& c.param("blocks").contains("det här kan jag"));
		// Help names the network too, so count the creation's own answer.
		assertThat(slack.count(c -> c.param("channel").equals(channel) && c.param("blocks").contains("Inbjudningskod")))
			.isEqualTo(1);
		assertThat(mongo.count(Query.query(Criteria.where("dedupKey").is("slack:event:" + eventId)), "transcript"))
			.isEqualTo(1);
		assertThat(mongo.count(Query.query(Criteria.where("name").is("Dubbelt")), "networks")).isEqualTo(1);
	}

	@Test
	void aButtonRunsItsCommand() throws Exception {
		String responseUrl = slack.responseUrl("button-" + next());
		JsonObject payload = interaction("block_actions", "C-" + next(), responseUrl);
		payload.add("actions", JsonParser.parseString(
				"[{\"action_id\":\"samverka_cmd_0\",\"block_id\":\"b1\",\"type\":\"button\",\"value\":\"hjälp\",\"action_ts\":\"1.5\"}]"));
		assertThat(postPayload(payload).statusCode()).isEqualTo(200);
		String reply = slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())).body();
		assertThat(reply).contains("det här kan jag").contains("\"response_type\":\"ephemeral\"");
	}

	@Test
	void aTextInputOpensAModalWhoseSubmissionRunsTheCommand() throws Exception {
		String channel = "C-" + next();
		String user = "U-" + next();
		String reply = command(user, channel, "form demo");
		String value = formButtonValue(reply);

		String responseUrl = slack.responseUrl("form-" + next());
		JsonObject click = interaction("block_actions", channel, responseUrl);
		click.addProperty("trigger_id", "trigger-" + next());
		JsonObject action = new JsonObject();
		action.addProperty("action_id", "samverka_form_0");
		action.addProperty("type", "button");
		action.addProperty("value", value);
		action.addProperty("action_ts", "1.6");
		com.google.gson.JsonArray actions = new com.google.gson.JsonArray();
		actions.add(action);
		click.add("actions", actions);
		assertThat(postPayload(click).statusCode()).isEqualTo(200);
		FakeSlack.Call opened = slack.await(c -> c.path().equals("views.open")
				&& c.param("trigger_id").equals(click.get("trigger_id").getAsString()));
		JsonObject view = JsonParser.parseString(opened.param("view")).getAsJsonObject();
		assertThat(view.getAsJsonArray("blocks").get(0).getAsJsonObject().get("block_id").getAsString())
			.isEqualTo("name");

		JsonObject submission = interaction("view_submission", channel, null);
		submission.remove("channel");
		submission.remove("container");
		JsonObject submitted = new JsonObject();
		submitted.addProperty("id", "V-" + next());
		submitted.addProperty("hash", "h1");
		submitted.addProperty("type", "modal");
		submitted.addProperty("callback_id", "samverka_form");
		submitted.add("private_metadata", view.get("private_metadata"));
		submitted.add("blocks", view.get("blocks"));
		submitted.add("state", JsonParser.parseString(
				"{\"values\":{\"name\":{\"name\":{\"type\":\"plain_text_input\",\"value\":\"Formnätverket\"}}}}"));
		submission.add("view", submitted);
		assertThat(postPayload(submission).statusCode()).isEqualTo(200);
		String answer = slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())).body();
		assertThat(answer).contains("Formnätverket").contains("Inbjudningskod");
	}

	@Test
	void forgedStaleAndFutureRequestsAreRefusedAndLeaveNoTrace() throws Exception {
		String channel = "C-" + next();
		String body = slashBody("U-" + next(), channel, "network create Förfalskat", slack.responseUrl("x"));
		long now = Instant.now().getEpochSecond();
		SlackSignature other = new SlackSignature("wrong-secret");
		SlackSignature ours = new SlackSignature(SECRET);
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		List<Map<String, String>> attempts = List.of(
				Map.of("X-Slack-Request-Timestamp", "" + now, "X-Slack-Signature", other.sign("" + now, bytes)),
				Map.of("X-Slack-Request-Timestamp", "" + (now - 600), "X-Slack-Signature",
						ours.sign("" + (now - 600), bytes)),
				Map.of("X-Slack-Request-Timestamp", "" + (now + 600), "X-Slack-Signature",
						ours.sign("" + (now + 600), bytes)),
				Map.of("X-Slack-Request-Timestamp", "" + now, "X-Slack-Signature",
						ours.sign("" + now, (body + "x").getBytes(StandardCharsets.UTF_8))),
				Map.of());
		for (Map<String, String> headers : attempts) {
			assertThat(send(body, "application/x-www-form-urlencoded", headers).statusCode()).isEqualTo(401);
		}
		assertThat(mongo.count(Query.query(Criteria.where("conversation").is("slack:T1:" + channel)), "transcript"))
			.isZero();
		assertThat(mongo.count(Query.query(Criteria.where("name").is("Förfalskat")), "networks")).isZero();
	}

	@Test
	void unknownCommandsAndWallsOfTextGetAFriendlyAnswer() throws Exception {
		String user = "U-" + next();
		String channel = "C-" + next();
		assertThat(command(user, channel, "dansa")).contains("Jag förstår inte");
		assertThat(command(user, channel, "x".repeat(30_000))).contains("30000").contains("28000");
	}

	@Test
	void answersSlacksUrlVerification() throws Exception {
		HttpResponse<String> response = post("{\"token\":\"t\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}",
				"application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("c-123");
	}

	// --- helpers ---

	private String command(String user, String channel, String text) throws Exception {
		String responseUrl = slack.responseUrl("cmd-" + next());
		HttpResponse<String> response = post(slashBody(user, channel, text, responseUrl),
				"application/x-www-form-urlencoded");
		assertThat(response.statusCode()).isEqualTo(200);
		return slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())).body();
	}

	private static String slashBody(String user, String channel, String text, String responseUrl) {
		return form(Map.of("token", "t", "team_id", "T1", "team_domain", "fake", "channel_id", channel, "channel_name",
				"allmänt", "user_id", user, "user_name", "anna", "command", "/samverka", "text", text)) + "&"
				+ form(Map.of("response_url", responseUrl, "trigger_id", "trigger-" + next(), "api_app_id", "A1"));
	}

	private static String event(String type, String user, String channel, String text, String extra) {
		JsonObject event = new JsonObject();
		event.addProperty("type", type);
		if (user != null) {
			event.addProperty("user", user);
		}
		event.addProperty("text", text);
		event.addProperty("ts", "1700000000.0001");
		event.addProperty("channel", channel);
		event.addProperty("event_ts", "1700000000.0001");
		if (type.equals("message")) {
			event.addProperty("channel_type", "im");
		}
		if (extra != null) {
			event.addProperty("bot_id", "B9");
		}
		return envelope(event);
	}

	private static String editedEvent(String channel) {
		JsonObject event = JsonParser
			.parseString(
					"{\"type\":\"message\",\"subtype\":\"message_changed\",\"channel_type\":\"im\",\"hidden\":true,"
							+ "\"message\":{\"type\":\"message\",\"user\":\"U1\",\"text\":\"hjälp\",\"ts\":\"1.1\"},"
							+ "\"ts\":\"1.2\",\"event_ts\":\"1.2\"}")
			.getAsJsonObject();
		event.addProperty("channel", channel);
		return envelope(event);
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

	private static JsonObject interaction(String type, String channel, String responseUrl) {
		JsonObject payload = JsonParser
			.parseString("{\"type\":\"" + type + "\",\"team\":{\"id\":\"T1\",\"domain\":\"fake\"},"
					+ "\"user\":{\"id\":\"U-" + next()
					+ "\",\"username\":\"anna\",\"name\":\"anna\",\"team_id\":\"T1\"},"
					+ "\"api_app_id\":\"A1\",\"token\":\"t\",\"trigger_id\":\"trigger-" + next() + "\","
					+ "\"channel\":{\"id\":\"" + channel + "\",\"name\":\"allmänt\"},"
					+ "\"container\":{\"type\":\"message\",\"channel_id\":\"" + channel + "\",\"message_ts\":\"1.1\"}}")
			.getAsJsonObject();
		if (responseUrl != null) {
			payload.addProperty("response_url", responseUrl);
		}
		return payload;
	}

	private static String formButtonValue(String responseBody) {
		JsonObject reply = JsonParser.parseString(responseBody).getAsJsonObject();
		for (var block : reply.getAsJsonArray("blocks")) {
			JsonObject b = block.getAsJsonObject();
			if (b.get("type").getAsString().equals("actions")) {
				JsonObject button = b.getAsJsonArray("elements").get(0).getAsJsonObject();
				assertThat(button.get("action_id").getAsString()).startsWith("samverka_form_");
				return button.get("value").getAsString();
			}
		}
		throw new AssertionError("No form button in " + responseBody);
	}

	private HttpResponse<String> postPayload(JsonObject payload) throws Exception {
		return post("payload=" + URLEncoder.encode(new Gson().toJson(payload), StandardCharsets.UTF_8),
				"application/x-www-form-urlencoded");
	}

	private HttpResponse<String> post(String body, String contentType) throws Exception {
		return post(body, contentType, Map.of());
	}

	private HttpResponse<String> post(String body, String contentType, Map<String, String> extra) throws Exception {
		String ts = String.valueOf(Instant.now().getEpochSecond());
		Map<String, String> headers = new java.util.HashMap<>(extra);
		headers.put("X-Slack-Request-Timestamp", ts);
		headers.put("X-Slack-Signature", new SlackSignature(SECRET).sign(ts, body.getBytes(StandardCharsets.UTF_8)));
		return send(body, contentType, headers);
	}

	private HttpResponse<String> send(String body, String contentType, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long transcriptIn(String conversation) {
		return mongo.count(Query.query(Criteria.where("conversation").is(conversation).and("direction").is("IN")),
				"transcript");
	}

	private static String form(Map<String, String> fields) {
		return String.join("&",
				fields.entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
					.toList());
	}

	private static String next() {
		return ids.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
	}

}
