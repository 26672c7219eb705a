package se.samverka.teams;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.Serialization;

import se.samverka.delivery.DeliveryFailed;
import se.samverka.delivery.GatedRequests;

/**
 * Posts activities to the Bot Connector at a conversation's serviceUrl. Our own small
 * HTTP client instead of the SDK's: it sends each activity exactly once (a Teams post has
 * no idempotency key, so a blind retry after a 5xx can post twice; retries belong to
 * delivery/), it maps 403/404 to "unreachable", and it refuses any host outside the
 * allow-list before a token is attached.
 */
class BotConnector {

	private static final Logger log = LoggerFactory.getLogger(BotConnector.class);

	/**
	 * No retries of its own (a POST retried after a broken connection can post twice),
	 * and each journaled send's body written only after its journal line
	 * ({@link GatedRequests}).
	 */
	private final OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(5))
		.callTimeout(Duration.ofSeconds(15))
		.followRedirects(false)
		.followSslRedirects(false)
		.retryOnConnectionFailure(false)
		.addNetworkInterceptor(new GatedRequests())
		.build();

	private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

	private final ServiceHosts hosts;

	private final TeamsBotIdentities identities;

	BotConnector(ServiceHosts hosts, TeamsBotIdentities identities) {
		this.hosts = hosts;
		this.identities = identities;
	}

	/**
	 * Posts a reply in the thread of {@code replyToId}, or a new message when it is null.
	 * Returns the id the connector gave the new activity, or null when it gave none.
	 */
	String post(String serviceUrl, String conversationId, String replyToId, Activity activity) {
		String path = "v3/conversations/" + segment(conversationId) + "/activities"
				+ (replyToId == null || replyToId.isBlank() ? "" : "/" + segment(replyToId));
		return idIn(send("POST", serviceUrl, conversationId, path, botOf(activity), activity));
	}

	/** Replaces activity {@code activityId} in place (Teams shows the card updated). */
	void update(String serviceUrl, String conversationId, String activityId, Activity activity) {
		activity.setId(activityId);
		send("PUT", serviceUrl, conversationId,
				"v3/conversations/" + segment(conversationId) + "/activities/" + segment(activityId), botOf(activity),
				activity);
	}

	/** Creates a conversation (a one-to-one chat with a user) and returns its id. */
	String createConversation(String serviceUrl, ConversationParameters parameters) {
		String bot = parameters.getBot() == null ? null : parameters.getBot().getId();
		String id = idIn(send("POST", serviceUrl, "(new)", "v3/conversations", bot, parameters));
		if (id == null) {
			throw new DeliveryFailed("Bot Connector created a conversation without an id", false, null);
		}
		return id;
	}

	/**
	 * Sends as bot {@code botId} (its {@code 28:<app id>} account): the token is that
	 * registration's, chosen only after the host passed the allow-list.
	 */
	private String send(String method, String serviceUrl, String conversationId, String path, String botId,
			Object activity) {
		if (!hosts.allows(serviceUrl)) {
			log.warn("Refused to post to conversation {}: its serviceUrl host is not allowed", conversationId);
			throw new DeliveryFailed("serviceUrl host not allowed", false, null);
		}
		String base = serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/";
		Request.Builder request = new Request.Builder().url(base + path)
			.method(method,
					RequestBody.create(Serialization.toStringSilent(activity).getBytes(StandardCharsets.UTF_8), JSON));
		identities.forBot(botId).bearerToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
		int status;
		String body;
		String retryAfter;
		try (Response response = http.newCall(request.build()).execute()) {
			status = response.code();
			body = response.body() == null ? "" : response.body().string();
			retryAfter = response.header("Retry-After");
		}
		catch (java.net.ConnectException ex) {
			// the request never left: nothing can have been posted
			throw new DeliveryFailed("Bot Connector not reachable: " + ex.getClass().getSimpleName(), false, ex);
		}
		catch (IOException ex) {
			// a timeout or a broken connection after the request was sent: it may have
			// been posted
			throw new DeliveryFailed("Bot Connector did not answer: " + ex.getClass().getSimpleName(), 0, null, false,
					true, ex);
		}
		if (status / 100 == 2) {
			return body;
		}
		boolean unreachable = status == 403 || status == 404;
		log.warn("Bot Connector answered {} for conversation {}", status, conversationId);
		throw new DeliveryFailed(
				"Bot Connector answered " + status + (retryAfter == null ? "" : ", Retry-After " + retryAfter), status,
				DeliveryFailed.retryAfterSeconds(retryAfter), unreachable, status >= 500, null);
	}

	private static String botOf(Activity activity) {
		return activity.getFrom() == null ? null : activity.getFrom().getId();
	}

	/** The "id" of a ResourceResponse, or null. */
	private static String idIn(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			JsonNode id = Serialization.jsonToTree(body).get("id");
			return id == null || !id.isTextual() ? null : id.asText();
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static String segment(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
