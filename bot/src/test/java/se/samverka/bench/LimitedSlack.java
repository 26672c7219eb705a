package se.samverka.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Slack's Web API on loopback, enforcing its documented limits (PLATFORM-LIMITS) for the
 * one workspace its bot token is in ({@link #TEAM}), each as a sliding window:
 * <ul>
 * <li>chat.postMessage: at most one accepted post per channel (DMs included) in any one
 * second, and {@code workspacePerSecond} in the workspace in any one second. Slack
 * tolerates "short bursts" over one a second in a channel without saying how long or how
 * many, so this fake tolerates none: two posts to one channel less than a second apart
 * are the second one's 429.</li>
 * <li>chat.update and conversations.open (tier 3): at most 50 calls of each method in the
 * workspace in any minute.</li>
 * </ul>
 * Beyond them, or at random ({@link Faults}, chat.postMessage only), it answers 429 with
 * Retry-After and {@code {"ok":false,"error":"ratelimited"}}; some posts get a 500
 * (nothing posted). Only accepted messages count in {@link #receipts}. Public for tests
 * elsewhere that need Slack's limits enforced ({@link #withoutFaults()},
 * {@link #requests()}).
 */
public final class LimitedSlack implements AutoCloseable {

	/** The workspace of every bot token (auth.test's team_id). */
	public static final String TEAM = "TBENCH";

	static final int CHANNEL_PER_SECOND = 1;

	/** Slack's tier 3: "50+ per minute". */
	static final int TIER_3_PER_MINUTE = 50;

	/**
	 * One Web API call as it arrived: the method, its channel (empty when none), when,
	 * the status answered (429: over a limit), and its form parameters.
	 */
	public record Request(String method, String channel, Instant at, int status, Map<String, String> params) {

		/** What a person would read: the message's text and its blocks. */
		public String text() {
			return params.getOrDefault("text", "") + " " + params.getOrDefault("blocks", "");
		}

	}

	final Receipts receipts = new Receipts();

	final int workspacePerSecond;

	private final RateScopes limits = new RateScopes();

	private final Faults faults;

	private final AtomicLong lastTs = new AtomicLong();

	private final HttpServer server;

	private final ExecutorService workers = Executors.newFixedThreadPool(32);

	private final List<Request> requests = new CopyOnWriteArrayList<>();

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

	/**
	 * A Web API that enforces the limits (five posts a second in the workspace, as
	 * Samverka reads "several hundred per minute") and nothing else: no random 429s or
	 * 500s.
	 */
	public static LimitedSlack withoutFaults() {
		return new LimitedSlack(new Faults(0, 0, 0), 5);
	}

	/** Every call so far, in the order they were answered. */
	public List<Request> requests() {
		return List.copyOf(requests);
	}

	public String apiUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Instant at = Instant.now();
			String method = exchange.getRequestURI().getPath().substring("/api/".length());
			Map<String, String> params = form(
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			Request request = new Request(method, params.getOrDefault("channel", ""), at, 0, params);
			switch (method) {
				case "auth.test" -> answer(exchange, request, 200,
						"{\"ok\":true,\"url\":\"https://fake.slack/\",\"team\":\"Bench\","
								+ "\"user\":\"samverka\",\"team_id\":\"" + TEAM
								+ "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}");
				case "conversations.open" -> {
					if (admitted(exchange, request, "conversations.open", LimitedSlack::tier3)) {
						answer(exchange, request, 200, "{\"ok\":true,\"channel\":{\"id\":\"D-open-"
								+ params.getOrDefault("users", "") + "\"}}");
					}
				}
				case "chat.postMessage" -> postMessage(exchange, request);
				case "chat.update" -> {
					if (admitted(exchange, request, "chat.update", LimitedSlack::tier3)) {
						answer(exchange, request, 200, "{\"ok\":true,\"channel\":\"" + request.channel()
								+ "\",\"ts\":\"" + params.getOrDefault("ts", "") + "\"}");
					}
				}
				default -> answer(exchange, request, 200, "{\"ok\":false,\"error\":\"unknown_method\"}");
			}
		}
	}

	private void postMessage(HttpExchange exchange, Request request) throws IOException {
		receipts.requests.incrementAndGet();
		String channel = request.channel();
		Faults.Fault fault = faults.next();
		if (fault == Faults.Fault.THROTTLED) {
			receipts.throttledAtRandom.incrementAndGet();
			throttle(exchange, request, Duration.ofSeconds(1));
			return;
		}
		if (fault == Faults.Fault.SERVER_ERROR) {
			receipts.serverErrors.incrementAndGet();
			answer(exchange, request, 500, "{\"ok\":false,\"error\":\"internal_error\"}");
			return;
		}
		Map<String, Supplier<List<RateWindow>>> scopes = new LinkedHashMap<>();
		scopes.put("workspace", () -> List.of(RateWindow.perSecond(workspacePerSecond)));
		scopes.put("channel:" + channel, () -> List.of(RateWindow.perSecond(CHANNEL_PER_SECOND)));
		Duration wait = limits.admit(scopes);
		if (!wait.isZero()) {
			throttle(exchange, request, wait);
			return;
		}
		receipts.accepted(channel, request.text());
		String ts = String.format(java.util.Locale.ROOT, "1700000000.%06d", lastTs.incrementAndGet());
		answer(exchange, request, 200, "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\"}");
	}

	/** True when the method has room in the workspace; else answered 429. */
	private boolean admitted(HttpExchange exchange, Request request, String method, Supplier<List<RateWindow>> windows)
			throws IOException {
		Duration wait = limits.admit(Map.of("method:" + method, windows));
		if (wait.isZero()) {
			return true;
		}
		throttle(exchange, request, wait);
		return false;
	}

	private static List<RateWindow> tier3() {
		return List.of(new RateWindow(TIER_3_PER_MINUTE, Duration.ofMinutes(1)));
	}

	private void throttle(HttpExchange exchange, Request request, Duration wait) throws IOException {
		receipts.throttled.incrementAndGet();
		exchange.getResponseHeaders().add("Retry-After", RateScopes.retryAfter(wait));
		answer(exchange, request, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
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

	private void answer(HttpExchange exchange, Request request, int status, String json) throws IOException {
		requests.add(new Request(request.method(), request.channel(), request.at(), status, request.params()));
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
