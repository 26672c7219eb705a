package se.samverka.bench;

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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Bot Connector on loopback that enforces Teams' documented limits (PLATFORM-LIMITS):
 * per conversation 7 per 1 s, 8 per 2 s and 60 per 30 s; per tenant 30 per second. A
 * request beyond them is answered 429 with Retry-After; on top, {@link Faults} answers
 * some requests 429 or 500 at random. A 500 here means nothing was posted. Only accepted
 * activities count in {@link #receipts}. Public for tests elsewhere that need Teams'
 * limits enforced ({@link #withoutFaults()}, {@link #requests()}).
 */
public final class LimitedBotConnector implements AutoCloseable {

	/**
	 * One request as it arrived: method, conversation (null when opening one), when, the
	 * status answered, and the body.
	 */
	public record Request(String method, String conversation, Instant at, int status, String body) {
	}

	static final int TENANT_PER_SECOND = 30;

	private static final ObjectMapper JSON = new ObjectMapper();

	final Receipts receipts = new Receipts();

	private final RateScopes limits = new RateScopes();

	private final Faults faults;

	private final AtomicLong ids = new AtomicLong();

	private final HttpServer server;

	private final ExecutorService workers = Executors.newFixedThreadPool(32);

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	LimitedBotConnector(Faults faults) {
		this.faults = faults;
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/v3/conversations", this::handle);
		server.setExecutor(workers);
		server.start();
	}

	/** A connector that enforces the limits and nothing else: no random 429s or 500s. */
	public static LimitedBotConnector withoutFaults() {
		return new LimitedBotConnector(new Faults(0, 0, 0));
	}

	/** Every request so far, in the order they arrived. */
	public List<Request> requests() {
		return List.copyOf(requests);
	}

	/** How many requests were answered 429 (over a limit or at random). */
	public long throttled() {
		return receipts.throttled.get();
	}

	public String serviceUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
	}

	static List<RateWindow> conversationLimits() {
		return List.of(RateWindow.perSecond(7), new RateWindow(8, Duration.ofSeconds(2)),
				new RateWindow(60, Duration.ofSeconds(30)));
	}

	static List<RateWindow> tenantLimits() {
		return List.of(RateWindow.perSecond(TENANT_PER_SECOND));
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Instant at = Instant.now();
			byte[] raw = exchange.getRequestBody().readAllBytes();
			receipts.requests.incrementAndGet();
			String path = exchange.getRequestURI().getRawPath();
			JsonNode activity = JSON.readTree(raw.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : raw);
			String tenant = tenantOf(activity);
			String[] parts = path.split("/");
			// /v3/conversations[/{id}/activities[/{activityId}]]
			String conversation = parts.length > 3 ? URLDecoder.decode(parts[3], StandardCharsets.UTF_8) : null;
			// Not an exchange attribute: the JDK's server keeps those per context, shared
			// by every request at once.
			Request request = new Request(exchange.getRequestMethod(), conversation, at, 0,
					new String(raw, StandardCharsets.UTF_8));
			Faults.Fault fault = faults.next();
			if (fault == Faults.Fault.THROTTLED) {
				receipts.throttledAtRandom.incrementAndGet();
				throttle(exchange, request, Duration.ofSeconds(1));
				return;
			}
			if (fault == Faults.Fault.SERVER_ERROR) {
				receipts.serverErrors.incrementAndGet();
				answer(exchange, request, 500, "{\"error\":{\"code\":\"ServiceError\",\"message\":\"fake outage\"}}");
				return;
			}
			Map<String, Supplier<List<RateWindow>>> scopes = new LinkedHashMap<>();
			scopes.put("tenant:" + tenant, LimitedBotConnector::tenantLimits);
			if (conversation != null) {
				scopes.put("conversation:" + conversation, LimitedBotConnector::conversationLimits);
			}
			Duration wait = limits.admit(scopes);
			if (!wait.isZero()) {
				throttle(exchange, request, wait);
				return;
			}
			if (conversation == null) {
				answer(exchange, request, 200, "{\"id\":\"a:opened-" + ids.incrementAndGet() + "\"}");
				return;
			}
			if (exchange.getRequestMethod().equals("POST")) {
				receipts.accepted(conversation, new String(raw, StandardCharsets.UTF_8));
			}
			answer(exchange, request, 200, "{\"id\":\"activity-" + ids.incrementAndGet() + "\"}");
		}
	}

	private void throttle(HttpExchange exchange, Request request, Duration wait) throws IOException {
		receipts.throttled.incrementAndGet();
		exchange.getResponseHeaders().add("Retry-After", RateScopes.retryAfter(wait));
		answer(exchange, request, 429, "{\"error\":{\"code\":\"TooManyRequests\"}}");
	}

	private static String tenantOf(JsonNode activity) {
		String tenant = activity.path("conversation").path("tenantId").asText("");
		if (tenant.isEmpty()) {
			tenant = activity.path("channelData").path("tenant").path("id").asText("");
		}
		return tenant.isEmpty() ? activity.path("tenantId").asText("") : tenant;
	}

	private void answer(HttpExchange exchange, Request request, int status, String json) throws IOException {
		requests.add(new Request(request.method(), request.conversation(), request.at(), status, request.body()));
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
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
