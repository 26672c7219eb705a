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
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Signed requests as Slack sends them (slash commands, direct-message events, button
 * clicks, modal submissions) to the running app, signed with the app's clock, and reading
 * the answers the fake Slack Web API received. Shared by the feature tests in Slack.
 */
public final class SignedSlack {

	/** How the action ids of buttons that run a command begin ({@link SlackActions}). */
	public static final String COMMAND_PREFIX = SlackActions.COMMAND_PREFIX;

	/** How the action ids of buttons that open a form begin ({@link SlackActions}). */
	public static final String FORM_PREFIX = SlackActions.FORM_PREFIX;

	private static final AtomicInteger ids = new AtomicInteger();

	private final FakeSlack slack;

	private final String secret;

	private final Supplier<Instant> clock;

	private final int port;

	private final String team;

	private final HttpClient http = HttpClient.newHttpClient();

	public SignedSlack(FakeSlack slack, String secret, Supplier<Instant> clock, int port) {
		this(slack, secret, clock, port, FakeSlack.DEFAULT_TEAM);
	}

	private SignedSlack(FakeSlack slack, String secret, Supplier<Instant> clock, int port, String team) {
		this.slack = slack;
		this.secret = secret;
		this.clock = clock;
		this.port = port;
		this.team = team;
	}

	/** The same requests, from people in workspace {@code team}. */
	public SignedSlack inWorkspace(String team) {
		return new SignedSlack(slack, secret, clock, port, team);
	}

	public static java.util.List<JsonObject> buttons(JsonArray blocks) {
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
	public String press(String user, String channel, JsonObject button, String responseUrl) throws Exception {
		JsonObject click = interaction(team, "block_actions", user, channel, responseUrl);
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

	/**
	 * Submits the modal with {@code typed} in its first input, as Slack sends a
	 * view_submission.
	 */
	public void submitModal(String user, String channel, JsonObject view, String typed) throws Exception {
		JsonObject input = view.getAsJsonArray("blocks")
			.asList()
			.stream()
			.map(JsonElement::getAsJsonObject)
			.filter(b -> b.get("type").getAsString().equals("input"))
			.findFirst()
			.orElseThrow();
		submitModal(user, channel, view, Map.of(input.get("block_id").getAsString(), typed));
	}

	/**
	 * Submits the modal with a value for each input block (by block id): a select's
	 * option, or a text input's text. Returns what was posted, so a test can send it
	 * again as Slack would on a retry.
	 */
	public JsonObject submitModal(String user, String channel, JsonObject view, Map<String, String> typed)
			throws Exception {
		JsonObject values = new JsonObject();
		for (JsonElement element : view.getAsJsonArray("blocks")) {
			JsonObject block = element.getAsJsonObject();
			String blockId = block.has("block_id") ? block.get("block_id").getAsString() : "";
			if (!block.get("type").getAsString().equals("input") || !typed.containsKey(blockId)) {
				continue;
			}
			JsonObject input = block.getAsJsonObject("element");
			JsonObject value = new JsonObject();
			value.addProperty("type", input.get("type").getAsString());
			if (input.get("type").getAsString().equals("static_select")) {
				JsonObject option = new JsonObject();
				option.add("text",
						JsonParser.parseString("{\"type\":\"plain_text\",\"text\":\"" + typed.get(blockId) + "\"}"));
				option.addProperty("value", typed.get(blockId));
				value.add("selected_option", option);
			}
			else {
				value.addProperty("value", typed.get(blockId));
			}
			JsonObject byAction = new JsonObject();
			byAction.add(input.get("action_id").getAsString(), value);
			values.add(blockId, byAction);
		}
		JsonObject submission = interaction(team, "view_submission", user, channel, null);
		submission.remove("channel");
		submission.remove("container");
		JsonObject submitted = new JsonObject();
		submitted.addProperty("id", "V-" + next());
		submitted.addProperty("hash", "h1");
		submitted.addProperty("type", "modal");
		submitted.addProperty("callback_id", "samverka_form");
		submitted.add("private_metadata", view.get("private_metadata"));
		submitted.add("blocks", view.get("blocks"));
		JsonObject state = new JsonObject();
		state.add("values", values);
		submitted.add("state", state);
		submission.add("view", submitted);
		assertThat(postPayload(submission).statusCode()).isEqualTo(200);
		return submission;
	}

	public static boolean isPost(FakeSlack.Call call, String channel) {
		return call.path().equals("chat.postMessage") && call.param("channel").equals(channel);
	}

	/** What a response_url answer says: its fallback text. */
	public static String text(String responseBody) {
		return JsonParser.parseString(responseBody).getAsJsonObject().get("text").getAsString();
	}

	public static String inviteCode(String reply) {
		Matcher found = Pattern.compile("(?:Inbjudningskod|Invite code)\\*?:?\\*?\\s*([A-Z0-9]{6})").matcher(reply);
		assertThat(found.find()).as(reply).isTrue();
		return found.group(1);
	}

	/**
	 * A slash command; returns the fallback text of the answer sent to its response_url.
	 */
	public String command(String user, String channel, String text) throws Exception {
		return text(answer(user, channel, text));
	}

	/** A slash command; returns the whole answer (JSON) sent to its response_url. */
	public String answer(String user, String channel, String text) throws Exception {
		String responseUrl = slack.responseUrl("cmd-" + next());
		assertThat(post(slashBody(team, user, channel, text, responseUrl), "application/x-www-form-urlencoded")
			.statusCode()).isEqualTo(200);
		return slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())).body();
	}

	public static String slashBody(String user, String channel, String text, String responseUrl) {
		return slashBody(FakeSlack.DEFAULT_TEAM, user, channel, text, responseUrl);
	}

	static String slashBody(String team, String user, String channel, String text, String responseUrl) {
		return form(Map.of("token", "t", "team_id", team, "team_domain", "fake", "channel_id", channel, "channel_name",
				channel.startsWith("D") ? "directmessage" : "allmänt", "user_id", user, "user_name", "anna", "command",
				"/samverka", "text", text)) + "&"
				+ form(Map.of("response_url", responseUrl, "trigger_id", "trigger-" + next(), "api_app_id", "A1"));
	}

	/** An @mention of the bot in a channel, as the Events API delivers it. */
	public void mention(String user, String channel, String text) throws Exception {
		event("app_mention", user, channel, text);
	}

	/** A direct message to the bot. */
	public void directMessage(String user, String channel, String text) throws Exception {
		event("message", user, channel, text);
	}

	private void event(String type, String user, String channel, String text) throws Exception {
		assertThat(post(envelope(team, eventJson(type, user, channel, text)), "application/json").statusCode())
			.isEqualTo(200);
	}

	/**
	 * An event of {@code type} ({@code message}: a direct message, {@code app_mention})
	 * as the Events API puts it in its envelope.
	 */
	public static JsonObject eventJson(String type, String user, String channel, String text) {
		JsonObject event = new JsonObject();
		event.addProperty("type", type);
		event.addProperty("user", user);
		event.addProperty("text", text);
		event.addProperty("ts", "1700000000.0001");
		event.addProperty("channel", channel);
		event.addProperty("event_ts", "1700000000.0001");
		if (type.equals("message")) {
			event.addProperty("channel_type", "im");
		}
		return event;
	}

	public static String envelope(JsonObject event) {
		return envelope(FakeSlack.DEFAULT_TEAM, event);
	}

	/** An Events API envelope around {@code event} from workspace {@code team}. */
	public static String envelope(String team, JsonObject event) {
		JsonObject envelope = new JsonObject();
		envelope.addProperty("token", "t");
		envelope.addProperty("team_id", team);
		envelope.addProperty("api_app_id", "A1");
		envelope.add("event", event);
		envelope.addProperty("type", "event_callback");
		envelope.addProperty("event_id", "Ev" + next());
		envelope.addProperty("event_time", 1700000000);
		return envelope.toString();
	}

	public static JsonObject interaction(String type, String user, String channel, String responseUrl) {
		return interaction(FakeSlack.DEFAULT_TEAM, type, user, channel, responseUrl);
	}

	static JsonObject interaction(String team, String type, String user, String channel, String responseUrl) {
		JsonObject payload = JsonParser
			.parseString("{\"type\":\"" + type + "\",\"team\":{\"id\":\"" + team + "\",\"domain\":\"fake\"},"
					+ "\"user\":{\"id\":\"" + user + "\",\"username\":\"anna\",\"name\":\"anna\",\"team_id\":\"" + team
					+ "\"}," + "\"api_app_id\":\"A1\",\"token\":\"t\",\"trigger_id\":\"trigger-" + next() + "\","
					+ "\"channel\":{\"id\":\"" + channel + "\",\"name\":\"allmänt\"},"
					+ "\"container\":{\"type\":\"message\",\"channel_id\":\"" + channel + "\",\"message_ts\":\"1.1\"}}")
			.getAsJsonObject();
		if (responseUrl != null) {
			payload.addProperty("response_url", responseUrl);
		}
		return payload;
	}

	public HttpResponse<String> postPayload(JsonObject payload) throws Exception {
		return post("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8),
				"application/x-www-form-urlencoded");
	}

	/**
	 * Signed with the application's clock, which the test moves, as Slack would sign at
	 * that time.
	 */
	public HttpResponse<String> post(String body, String contentType) throws Exception {
		String ts = String.valueOf(clock.get().getEpochSecond());
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
			.header("Content-Type", contentType)
			.header("X-Slack-Request-Timestamp", ts)
			.header("X-Slack-Signature", new SlackSignature(secret).sign(ts, body.getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	public static String form(Map<String, String> fields) {
		return String.join("&",
				fields.entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
					.toList());
	}

	public static String next() {
		return ids.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
	}

	/**
	 * Block Kit's limits hold for a message's blocks (JSON): how many, and text per
	 * block.
	 */
	public static void assertWithinBlockKitLimits(String blocksJson) {
		JsonArray blocks = com.google.gson.JsonParser.parseString(blocksJson).getAsJsonArray();
		assertThat(blocks.size()).isLessThanOrEqualTo(BlockKitRenderer.MAX_BLOCKS);
		for (JsonElement block : blocks) {
			assertThat(BlockKitRenderer.textLength(new com.google.gson.Gson().fromJson(block, Map.class)))
				.isLessThanOrEqualTo(BlockKitRenderer.MAX_TEXT);
		}
	}

}
