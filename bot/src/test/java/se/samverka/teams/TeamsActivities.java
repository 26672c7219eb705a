package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Test fixtures: Teams activities as the Bot Connector sends them, and a client that
 * posts them.
 */
public final class TeamsActivities {

	public static final String BOT_ID = "28:samverka-bot";

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newHttpClient();

	private TeamsActivities() {
	}

	public static ObjectNode message(String serviceUrl, String conversationId, String conversationType, String userId,
			String text) {
		ObjectNode activity = json.createObjectNode()
			.put("type", "message")
			.put("id", "act-" + UUID.randomUUID())
			.put("channelId", "msteams")
			.put("serviceUrl", serviceUrl)
			.put("text", text)
			.put("locale", "sv-SE");
		activity.putObject("from")
			.put("id", "29:" + userId)
			.put("name", "Person " + userId)
			.put("aadObjectId", "aad-" + userId);
		activity.putObject("recipient").put("id", BOT_ID).put("name", "Samverka");
		activity.putObject("conversation")
			.put("id", conversationId)
			.put("conversationType", conversationType)
			.put("tenantId", "tenant-1");
		activity.putObject("channelData").putObject("tenant").put("id", "tenant-1");
		return activity;
	}

	/** A channel message that @mentions the bot, as Teams sends it. */
	public static ObjectNode mentioning(String serviceUrl, String conversationId, String userId, String command) {
		ObjectNode activity = message(serviceUrl, conversationId, "channel", userId, "<at>Samverka</at> " + command);
		ObjectNode mention = activity.putArray("entities")
			.addObject()
			.put("type", "mention")
			.put("text", "<at>Samverka</at>");
		mention.putObject("mentioned").put("id", BOT_ID).put("name", "Samverka");
		return activity;
	}

	public static HttpResponse<String> post(int port, ObjectNode activity, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(activity.toString()));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Every element of a card (however deep) of the given type, in order. */
	public static List<JsonNode> all(JsonNode node, String type) {
		List<JsonNode> found = new ArrayList<>();
		collect(node, type, found);
		return found;
	}

	private static void collect(JsonNode node, String type, List<JsonNode> found) {
		if (node.path("type").asText().equals(type)) {
			found.add(node);
		}
		for (JsonNode child : node) {
			collect(child, type, found);
		}
	}

	/** Posts the activity and returns the bot's last reply to it. */
	public static FakeBotConnector.Posted say(int port, FakeBotConnector connector, ObjectNode activity) {
		return say(port, connector, activity, null);
	}

	/** As {@link #say(int, FakeBotConnector, ObjectNode)}, with a Bot Connector token. */
	public static FakeBotConnector.Posted say(int port, FakeBotConnector connector, ObjectNode activity,
			String authorization) {
		String conversation = activity.path("conversation").path("id").asText();
		String replyPath = "/v3/conversations/" + conversation + "/activities/" + activity.get("id").asText();
		HttpResponse<String> response = post(port, activity, authorization);
		assertThat(response.statusCode()).isEqualTo(200);
		List<FakeBotConnector.Posted> replies = connector.postedTo(conversation)
			.stream()
			.filter(p -> p.path().equals(replyPath))
			.toList();
		assertThat(replies).as("a reply to %s", activity.path("text").asText()).isNotEmpty();
		return replies.get(replies.size() - 1);
	}

	/** Posts the activity and returns everything answered to it, as readable text. */
	public static String answers(int port, FakeBotConnector connector, ObjectNode activity) {
		say(port, connector, activity);
		String conversation = activity.path("conversation").path("id").asText();
		String replyPath = "/v3/conversations/" + conversation + "/activities/" + activity.get("id").asText();
		return String.join("\n",
				connector.postedTo(conversation)
					.stream()
					.filter(p -> p.path().equals(replyPath))
					.map(FakeBotConnector.Posted::readable)
					.toList());
	}

	public static String inviteCode(FakeBotConnector.Posted reply) {
		Matcher m = Pattern.compile("(?:Inbjudningskod|Invite code): (\\S+)").matcher(reply.readable());
		assertThat(m.find()).as("invite code in %s", reply.readable()).isTrue();
		return m.group(1);
	}

	/**
	 * A dialog invoke (task/fetch, task/submit …) as Teams sends it; returns the body the
	 * bot answered with.
	 */
	public static JsonNode invoke(int port, String serviceUrl, String conversation, String user, String name,
			JsonNode data) {
		ObjectNode activity = message(serviceUrl, conversation, conversation.startsWith("a:") ? "personal" : "channel",
				user, null);
		activity.remove("text");
		activity.put("type", "invoke").put("name", name);
		ObjectNode value = activity.putObject("value");
		value.set("data", data.deepCopy());
		value.putObject("context").put("theme", "default");
		HttpResponse<String> response = post(port, activity, null);
		assertThat(response.statusCode()).isEqualTo(200);
		try {
			return json.readTree(response.body());
		}
		catch (java.io.IOException ex) {
			throw new AssertionError("the invoke's answer is not JSON: " + response.body(), ex);
		}
	}

	/** The Adaptive Card a post carries. */
	public static JsonNode cardIn(FakeBotConnector.Posted posted) {
		JsonNode attachment = posted.activity().path("attachments").path(0);
		assertThat(attachment.path("contentType").asText()).isEqualTo(ReplyActivities.CARD_CONTENT_TYPE);
		return attachment.path("content");
	}

	/**
	 * Addresses the activity to registration {@code appId}'s bot (its {@code 28:<app id>}
	 * account, also in any mention) and has it come from tenant {@code tenant}.
	 */
	public static ObjectNode throughRegistration(ObjectNode activity, String appId, String tenant) {
		activity.putObject("recipient").put("id", TeamsRegistration.BOT_ID_PREFIX + appId).put("name", "Samverka");
		((ObjectNode) activity.path("conversation")).put("tenantId", tenant);
		((ObjectNode) activity.path("channelData").path("tenant")).put("id", tenant);
		for (JsonNode entity : activity.path("entities")) {
			if (entity.has("mentioned")) {
				((ObjectNode) entity.path("mentioned")).put("id", TeamsRegistration.BOT_ID_PREFIX + appId);
			}
		}
		return activity;
	}

}
