package se.samverka.slack;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.webhook.WebhookResponse;

import se.samverka.delivery.DeliveryFailed;

/**
 * The few Web API calls Samverka makes, each with the token of the bot in the workspace
 * it is about ({@link WorkspaceBots}), with Slack's errors turned into
 * {@link DeliveryFailed}: unreachable when the bot can no longer post there (channel
 * gone, archived, bot not in it, account deactivated, app uninstalled or its token
 * revoked, no bot in that workspace at all), retryable for rate limits and everything
 * else.
 */
class SlackWebApi {

	private static final Set<String> UNREACHABLE = Set.of("channel_not_found", "not_in_channel", "is_archived",
			"account_inactive", "user_not_found", "user_disabled", "token_revoked");

	/** Errors Slack answers when it failed on its side: worth another try later. */
	private static final Set<String> SERVER_SIDE = Set.of("internal_error", "fatal_error", "service_unavailable",
			"request_timeout");

	private static final Gson GSON = new Gson();

	private final Slack slack;

	private final Bots bots;

	SlackWebApi(Slack slack, Bots bots) {
		this.slack = slack;
		this.bots = bots;
	}

	/** One token for every workspace (unit tests of what is sent). */
	SlackWebApi(Slack slack, String botToken) {
		this(slack, team -> Optional.of(new SlackBot(team, botToken, null, null)));
	}

	/** Posts and returns the message's ts, Slack's id for it. */
	String postMessage(SlackAddress address, String threadTs, SlackMessage message) {
		String blocks = GSON.toJson(message.blocks());
		String channel = address.channel();
		return check("chat.postMessage",
				() -> methods(address.team()).chatPostMessage(r -> r.channel(channel)
					.threadTs(threadTs)
					.text(message.text())
					.blocksAsString(blocks)
					.unfurlLinks(false)
					.unfurlMedia(false)))
			.getTs();
	}

	/** Replaces the message {@code ts} in place (chat.update). */
	void updateMessage(SlackAddress address, String ts, SlackMessage message) {
		String blocks = GSON.toJson(message.blocks());
		String channel = address.channel();
		check("chat.update", () -> methods(address.team())
			.chatUpdate(r -> r.channel(channel).ts(ts).text(message.text()).blocksAsString(blocks)));
	}

	void postEphemeral(SlackAddress address, String user, SlackMessage message) {
		String blocks = GSON.toJson(message.blocks());
		String channel = address.channel();
		check("chat.postEphemeral", () -> methods(address.team())
			.chatPostEphemeral(r -> r.channel(channel).user(user).text(message.text()).blocksAsString(blocks)));
	}

	/** Answers through a response_url, visible only to the person who acted. */
	void respond(String responseUrl, SlackMessage message) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("response_type", "ephemeral");
		payload.put("replace_original", false);
		payload.put("text", message.text());
		payload.put("blocks", message.blocks());
		try {
			WebhookResponse response = slack.send(responseUrl, GSON.toJson(payload));
			if (response.getCode() == null || response.getCode() != 200) {
				throw new DeliveryFailed("response_url answered " + response.getCode(),
						response.getCode() != null && (response.getCode() == 404 || response.getCode() == 410), null);
			}
		}
		catch (IOException ex) {
			throw new DeliveryFailed("response_url could not be reached", false, ex);
		}
	}

	void openView(String team, String triggerId, Map<String, Object> view) {
		String json = GSON.toJson(view);
		check("views.open", () -> methods(team).viewsOpen(r -> r.triggerId(triggerId).viewAsString(json)));
	}

	/**
	 * The id of the bot's direct-message channel with {@code userId}
	 * (conversations.open).
	 */
	String openDirectMessage(String team, String userId) {
		return check("conversations.open", () -> methods(team).conversationsOpen(r -> r.users(List.of(userId))))
			.getChannel()
			.getId();
	}

	/** The person's display name, or null when Slack does not say. */
	String displayName(String team, String userId) {
		try {
			var response = methods(team).usersInfo(r -> r.user(userId));
			if (!response.isOk() || response.getUser() == null) {
				return null;
			}
			var user = response.getUser();
			if (user.getProfile() != null && notBlank(user.getProfile().getDisplayName())) {
				return user.getProfile().getDisplayName();
			}
			return notBlank(user.getRealName()) ? user.getRealName() : user.getName();
		}
		catch (IOException | SlackApiException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * A client with the token of the bot in {@code team}; unreachable when Samverka has
	 * no bot there (never installed, uninstalled, token revoked).
	 */
	private MethodsClient methods(String team) {
		return bots.in(team)
			.map(bot -> slack.methods(bot.token()))
			.orElseThrow(() -> new DeliveryFailed("no Samverka bot in Slack workspace " + team, true, null));
	}

	/** Which bot, if any, acts in a workspace. */
	@FunctionalInterface
	interface Bots {

		Optional<SlackBot> in(String team);

	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}

	private static <T extends SlackApiTextResponse> T check(String method, Call<T> call) {
		T response;
		try {
			response = call.run();
		}
		catch (SlackApiException ex) {
			int status = ex.getResponse() == null ? 0 : ex.getResponse().code();
			String error = ex.getError() != null && ex.getError().getError() != null ? ex.getError().getError()
					: "http_" + status;
			String retryAfter = ex.getResponse() == null ? null : ex.getResponse().header("Retry-After");
			if ("ratelimited".equals(error) || "rate_limited".equals(error)) {
				status = 429;
			}
			throw new DeliveryFailed(method + " failed: " + error, status, DeliveryFailed.retryAfterSeconds(retryAfter),
					UNREACHABLE.contains(error), status >= 500, ex);
		}
		catch (java.net.ConnectException ex) {
			throw new DeliveryFailed(method + " could not reach Slack", false, ex);
		}
		catch (IOException ex) {
			// timed out or cut off after the request was sent: Slack may have acted on it
			throw new DeliveryFailed(method + " got no answer from Slack", 0, null, false, true, ex);
		}
		if (!response.isOk()) {
			String error = response.getError() == null ? "unknown" : response.getError();
			int status = "ratelimited".equals(error) ? 429 : SERVER_SIDE.contains(error) ? 500 : 400;
			throw new DeliveryFailed(method + " failed: " + error, status, null, UNREACHABLE.contains(error), false,
					null);
		}
		return response;
	}

	@FunctionalInterface
	private interface Call<T extends SlackApiTextResponse> {

		T run() throws IOException, SlackApiException;

	}

}
