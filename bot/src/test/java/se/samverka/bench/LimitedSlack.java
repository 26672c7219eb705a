package se.samverka.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Slack's Web API on loopback, enforcing chat.postMessage's limits (PLATFORM-LIMITS):
 * about one message per second per channel and {@code workspacePerSecond} in the
 * workspace (one bot token is one workspace). Beyond them, or at random ({@link Faults}),
 * it answers 429 with Retry-After and {@code {"ok":false,"error":"ratelimited"}}; some
 * requests get a 500 (nothing posted). Only accepted messages count in {@link #receipts}.
 */
final class LimitedSlack implements AutoCloseable {

	static final int CHANNEL_PER_SECOND = 1;

	final Receipts receipts = new Receipts();

	final int workspacePerSecond;

	private final RateScopes limits = new RateScopes();

	private final Faults faults;

	private final AtomicLong lastTs = new AtomicLong();

	private final HttpServer server;

	private final ExecutorService workers = Executors.newFixedThreadPool(32);

	LimitedSlack(Faults faults, int workspacePerSecond) {
		this.faults = faults;
		this.workspacePerSecond = workspacePerSecond;
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/api/", this::handle);
		server.setExecutor(workers);
		server.start();
	}

	String apiUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestURI().getPath().substring("/api/".length());
			Map<String, String> params = form(
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			switch (method) {
				case "auth.test" ->
					answer(exchange, 200, "{\"ok\":true,\"url\":\"https://fake.slack/\",\"team\":\"Bench\","
							+ "\"user\":\"samverka\",\"team_id\":\"TBENCH\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}");
				case "conversations.open" -> answer(exchange, 200,
						"{\"ok\":true,\"channel\":{\"id\":\"D-open-" + params.getOrDefault("users", "") + "\"}}");
				case "chat.postMessage" -> postMessage(exchange, params);
				default -> answer(exchange, 200, "{\"ok\":false,\"error\":\"unknown_method\"}");
			}
		}
	}

	private void postMessage(HttpExchange exchange, Map<String, String> params) throws IOException {
		receipts.requests.incrementAndGet();
		String channel = params.getOrDefault("channel", "");
		Faults.Fault fault = faults.next();
		if (fault == Faults.Fault.THROTTLED) {
			receipts.throttledAtRandom.incrementAndGet();
			throttle(exchange, Duration.ofSeconds(1));
			return;
		}
		if (fault == Faults.Fault.SERVER_ERROR) {
			receipts.serverErrors.incrementAndGet();
			answer(exchange, 500, "{\"ok\":false,\"error\":\"internal_error\"}");
			return;
		}
		Map<String, Supplier<List<RateWindow>>> scopes = new LinkedHashMap<>();
		scopes.put("workspace", () -> List.of(RateWindow.perSecond(workspacePerSecond)));
		scopes.put("channel:" + channel, () -> List.of(RateWindow.perSecond(CHANNEL_PER_SECOND)));
		Duration wait = limits.admit(scopes);
		if (!wait.isZero()) {
			throttle(exchange, wait);
			return;
		}
		receipts.accepted(channel, params.getOrDefault("text", "") + " " + params.getOrDefault("blocks", ""));
		String ts = String.format(java.util.Locale.ROOT, "1700000000.%06d", lastTs.incrementAndGet());
		answer(exchange, 200, "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\"}");
	}

	private void throttle(HttpExchange exchange, Duration wait) throws IOException {
		receipts.throttled.incrementAndGet();
		exchange.getResponseHeaders().add("Retry-After", RateScopes.retryAfter(wait));
		answer(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
	}

	private static Map<String, String> form(String body) {
		Map<String, String> params = new HashMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return params;
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
		workers.shutdownNow();
	}

}
