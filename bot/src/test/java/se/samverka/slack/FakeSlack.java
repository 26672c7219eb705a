package se.samverka.slack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Slack's Web API and response_url endpoints on loopback: answers what Samverka calls and
 * keeps every call. Every posted message gets its own ts (as Slack's do), and chat.update
 * answers for a ts it gave out. {@code failWith} makes every chat.* call to a channel
 * fail with a Slack error; {@code failUpdateWith} only chat.update.
 */
public final class FakeSlack implements AutoCloseable {

	/**
	 * The secret requests to the application that uses the shared fake are signed with.
	 */
	public static final String SECRET = "test-signing-secret";

	/**
	 * The one fake of the whole test run, started on first use and never closed: the
	 * application context that {@link se.samverka.SamverkaTest} shares is pointed at it.
	 * Tests look only at calls for their own channels and users.
	 */
	public static FakeSlack shared() {
		return Shared.FAKE;
	}

	private static final class Shared {

		static final FakeSlack FAKE = new FakeSlack();

	}

	/**
	 * Points the application under test at this fake, with the signing secret its
	 * requests are signed with: one workspace ({@link #DEFAULT_TEAM}) with a bot token,
	 * no OAuth install.
	 */
	public void register(org.springframework.test.context.DynamicPropertyRegistry registry, String signingSecret) {
		registry.add("samverka.slack.bot-token", () -> "xoxb-test-token");
		registry.add("samverka.slack.signing-secret", () -> signingSecret);
		registry.add("samverka.slack.api-url", this::apiUrl);
		registry.add("samverka.slack.workers", () -> "1");
	}

	/** The key the shared application encrypts installed workspaces' tokens with. */
	public static final String TOKEN_KEY = "c2FtdmVya2EtdGVzdC1rZXktMzItYnl0ZXMtbG9uZyE=";

	/**
	 * One call; {@code token} is the bot token it carried (Authorization: Bearer), or
	 * {@code basic:<client id>} for oauth.v2.access, or null.
	 */
	public record Call(String path, Map<String, String> params, String body, String answer, String token) {

		public String param(String name) {
			return params.getOrDefault(name, "");
		}

	}

	/** The OAuth client the shared application is configured with. */
	public static final String CLIENT_ID = "1111.2222";

	public static final String CLIENT_SECRET = "test-client-secret";

	/**
	 * The workspace {@code xoxb-test-token} (SLACK_BOT_TOKEN in the tests) belongs to.
	 */
	public static final String DEFAULT_TEAM = "T1";

	/** A workspace Slack knows: its bot token and bot user. */
	public record Workspace(String team, String name, String botToken, String botUserId) {
	}

	/** Codes oauth.v2.access accepts, once each, for the OAuth client above. */
	private final Map<String, Workspace> codes = new ConcurrentHashMap<>();

	private final Map<String, Workspace> byToken = new ConcurrentHashMap<>();

	/**
	 * Tokens Slack no longer accepts (the app was uninstalled): calls answer
	 * token_revoked.
	 */
	public final java.util.Set<String> revoked = ConcurrentHashMap.newKeySet();

	/**
	 * A workspace whose admin is about to approve the install: returns the code Slack
	 * would send to the redirect URL.
	 */
	public String approveInstall(Workspace workspace) {
		String code = "code-" + java.util.UUID.randomUUID();
		codes.put(code, workspace);
		return code;
	}

	private final HttpServer server;

	public final List<Call> calls = new CopyOnWriteArrayList<>();

	public final Map<String, String> failWith = new ConcurrentHashMap<>();

	/** Errors chat.postMessage answers once each, in order, per channel. */
	public final Map<String, java.util.Queue<String>> failOnceWith = new ConcurrentHashMap<>();

	public final Map<String, String> failUpdateWith = new ConcurrentHashMap<>();

	/** Called with each Web API call as it arrives, whole, before it is answered. */
	public volatile java.util.function.BiConsumer<String, Map<String, String>> onEachCall = (method, params) -> {
	};

	private final AtomicLong lastTs = new AtomicLong(100);

	public FakeSlack() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/api/", this::api);
		server.createContext("/response/", this::response);
		server.start();
	}

	/** A Web API client of the Slack SDK pointed at this fake, for unit tests. */
	public com.slack.api.Slack client() {
		com.slack.api.SlackConfig config = new com.slack.api.SlackConfig();
		config.setMethodsEndpointUrlPrefix(apiUrl());
		config.setStatsEnabled(false);
		return com.slack.api.Slack.getInstance(config);
	}

	public String apiUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
	}

	public String responseUrl(String id) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
	}

	private void api(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestURI().getPath().substring("/api/".length());
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, String> params = form(body);
		String token = tokenOf(exchange.getRequestHeaders().getFirst("Authorization"));
		onEachCall.accept(method, params);
		if (token != null && revoked.contains(token)) {
			String refusal = "{\"ok\":false,\"error\":\"token_revoked\"}";
			calls.add(new Call(method, params, body, refusal, token));
			answer(exchange, 200, refusal);
			return;
		}
		String channel = params.getOrDefault("channel", "");
		String error = failWith.get(channel);
		if (error == null && method.equals("chat.update")) {
			error = failUpdateWith.get(channel);
		}
		java.util.Queue<String> once = failOnceWith.get(channel);
		String onceError = error == null && method.equals("chat.postMessage") && once != null ? once.poll() : null;
		if (onceError != null) {
			// answered once: 429 with Retry-After 1 for "ratelimited", 500 for
			// "internal_error"
			String refusal = "{\"ok\":false,\"error\":\"" + onceError + "\"}";
			calls.add(new Call(method, params, body, refusal, token));
			if ("ratelimited".equals(onceError)) {
				exchange.getResponseHeaders().add("Retry-After", "1");
			}
			answer(exchange, "ratelimited".equals(onceError) ? 429 : "internal_error".equals(onceError) ? 500 : 200,
					refusal);
			return;
		}
		if (error != null && method.startsWith("chat.")) {
			String refusal = "{\"ok\":false,\"error\":\"" + error + "\"}";
			calls.add(new Call(method, params, body, refusal, token));
			answer(exchange, "ratelimited".equals(error) ? 429 : 200, refusal);
			return;
		}
		String json = switch (method) {
			case "auth.test" -> authTest(token);
			case "oauth.v2.access" -> oauthAccess(token, params);
			case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + nextTs() + "\"}";
			case "chat.update" -> "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + params.get("ts") + "\"}";
			case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"1700000000.000200\"}";
			case "conversations.open" ->
				"{\"ok\":true,\"channel\":{\"id\":\"" + directMessageOf(params.get("users")) + "\"}}";
			case "views.open" -> "{\"ok\":true,\"view\":{\"id\":\"V1\",\"type\":\"modal\"}}";
			case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + params.get("user")
					+ "\",\"name\":\"handle\",\"real_name\":\"Real Name\",\"profile\":{\"display_name\":\"Fake Person\"}}}";
			default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
		};
		calls.add(new Call(method, params, body, json, token));
		answer(exchange, 200, json);
	}

	private String authTest(String token) {
		Workspace workspace = token == null ? null : byToken.get(token);
		if (workspace == null) {
			return "{\"ok\":true,\"url\":\"https://fake.slack/\",\"team\":\"Fake\",\"user\":\"samverka\","
					+ "\"team_id\":\"" + DEFAULT_TEAM + "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
		}
		return "{\"ok\":true,\"url\":\"https://fake.slack/\",\"team\":\"" + workspace.name()
				+ "\",\"user\":\"samverka\",\"team_id\":\"" + workspace.team() + "\",\"user_id\":\""
				+ workspace.botUserId() + "\",\"bot_id\":\"B-" + workspace.team() + "\"}";
	}

	/**
	 * Slack's answer to oauth.v2.access: a bot token for the workspace the code was for.
	 */
	private String oauthAccess(String authorization, Map<String, String> params) {
		if (!("basic:" + CLIENT_ID + ":" + CLIENT_SECRET).equals(authorization)) {
			return "{\"ok\":false,\"error\":\"invalid_client_id\"}";
		}
		Workspace workspace = codes.remove(params.getOrDefault("code", ""));
		if (workspace == null) {
			return "{\"ok\":false,\"error\":\"invalid_code\"}";
		}
		byToken.put(workspace.botToken(), workspace);
		return "{\"ok\":true,\"access_token\":\"" + workspace.botToken() + "\",\"token_type\":\"bot\","
				+ "\"scope\":\"commands,chat:write,im:write\",\"bot_user_id\":\"" + workspace.botUserId() + "\","
				+ "\"app_id\":\"A1\",\"team\":{\"id\":\"" + workspace.team() + "\",\"name\":\"" + workspace.name()
				+ "\"},\"enterprise\":null,\"is_enterprise_install\":false," + "\"authed_user\":{\"id\":\"U-admin-"
				+ workspace.team() + "\"}}";
	}

	/** The bearer token, or basic:id:secret, of an Authorization header. */
	private static String tokenOf(String authorization) {
		if (authorization == null) {
			return null;
		}
		if (authorization.startsWith("Bearer ")) {
			return authorization.substring("Bearer ".length());
		}
		if (authorization.startsWith("Basic ")) {
			return "basic:" + new String(java.util.Base64.getDecoder().decode(authorization.substring(6)),
					StandardCharsets.UTF_8);
		}
		return authorization;
	}

	/** The DM channel conversations.open answers for a user. */
	public static String directMessageOf(String user) {
		return "D-open-" + user;
	}

	/** Distinct, increasing, in Slack's seconds.micros form. */
	private String nextTs() {
		return String.format(java.util.Locale.ROOT, "1700000000.%06d", lastTs.incrementAndGet());
	}

	/**
	 * The ts Slack answered a call with (chat.postMessage), for checking later updates.
	 */
	public static String tsOf(Call call) {
		return com.google.gson.JsonParser.parseString(call.answer()).getAsJsonObject().get("ts").getAsString();
	}

	private void response(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		calls.add(new Call(exchange.getRequestURI().getPath(), Map.of(), body, "ok", null));
		answer(exchange, 200, "ok");
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Map<String, String> form(String body) {
		Map<String, String> params = new LinkedHashMap<>();
		if (body.startsWith("{")) {
			return params;
		}
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return params;
	}

	/** Waits (polling, with a deadline) until a call matches, and returns it. */
	public Call await(Predicate<Call> match) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline)) {
			for (Call call : calls) {
				if (match.test(call)) {
					return call;
				}
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("Slack was not called as expected; calls: " + calls.stream().map(Call::path).toList());
	}

	public long count(Predicate<Call> match) {
		return calls.stream().filter(match).count();
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
