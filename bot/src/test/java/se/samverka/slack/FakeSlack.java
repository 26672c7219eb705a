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
	 * requests are signed with.
	 */
	public void register(org.springframework.test.context.DynamicPropertyRegistry registry, String signingSecret) {
		registry.add("samverka.slack.bot-token", () -> "xoxb-test-token");
		registry.add("samverka.slack.signing-secret", () -> signingSecret);
		registry.add("samverka.slack.api-url", this::apiUrl);
		registry.add("samverka.slack.workers", () -> "1");
	}

	public record Call(String path, Map<String, String> params, String body, String answer) {

		public String param(String name) {
			return params.getOrDefault(name, "");
		}

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
		onEachCall.accept(method, params);
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
			calls.add(new Call(method, params, body, refusal));
			if ("ratelimited".equals(onceError)) {
				exchange.getResponseHeaders().add("Retry-After", "1");
			}
			answer(exchange, "ratelimited".equals(onceError) ? 429 : "internal_error".equals(onceError) ? 500 : 200,
					refusal);
			return;
		}
		if (error != null && method.startsWith("chat.")) {
			String refusal = "{\"ok\":false,\"error\":\"" + error + "\"}";
			calls.add(new Call(method, params, body, refusal));
			answer(exchange, "ratelimited".equals(error) ? 429 : 200, refusal);
			return;
		}
		String json = switch (method) {
			case "auth.test" -> "{\"ok\":true,\"url\":\"https://fake.slack/\",\"team\":\"Fake\",\"user\":\"samverka\","
					+ "\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
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
		calls.add(new Call(method, params, body, json));
		answer(exchange, 200, json);
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
		calls.add(new Call(exchange.getRequestURI().getPath(), Map.of(), body, "ok"));
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
