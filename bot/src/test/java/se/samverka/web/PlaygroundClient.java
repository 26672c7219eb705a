package se.samverka.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the playground API over real HTTP, as the page does. */
public class PlaygroundClient {

	public final HttpClient http = HttpClient.newHttpClient();

	public final JsonMapper json = JsonMapper.builder().build();

	public final String base;

	public PlaygroundClient(int port) {
		this.base = "http://localhost:" + port;
	}

	public record Reply(int status, JsonNode body, String raw) {
		public String html() {
			StringBuilder all = new StringBuilder();
			body.path("replies").forEach(r -> all.append(r.path("html").asString()));
			return all.toString();
		}
	}

	public Reply say(String browserId, String roomId, String text) {
		return post(roomId, turn(browserId, UUID.randomUUID().toString(), text));
	}

	public static Map<String, Object> turn(String browserId, String clientMessageId, String text) {
		return Map.of("clientMessageId", clientMessageId, "browserId", browserId, "displayName", "Anna " + browserId,
				"locale", "sv", "text", text);
	}

	public Reply post(String roomId, Map<String, ?> body) {
		return post(roomId, json.writeValueAsString(body),
				Map.of("Content-Type", "application/json", "X-Samverka-Playground", "1", "Origin", base));
	}

	public Reply post(String roomId, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(base + "/playground/api/rooms/" + roomId + "/messages"))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return send(request.build());
	}

	public Reply get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
	}

	public HttpResponse<String> getRaw(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Reply send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode body = response.body().startsWith("{") ? json.readTree(response.body()) : json.createObjectNode();
			return new Reply(response.statusCode(), body, response.body());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Follows a room's event stream; its lines collect in {@link EventStream#lines}. */
	public EventStream follow(String roomId, String browserId) {
		return follow(roomId, browserId, "", Map.of());
	}

	public EventStream follow(String roomId, String browserId, String query, Map<String, String> headers) {
		EventStream stream = new EventStream();
		HttpRequest.Builder builder = HttpRequest
			.newBuilder(URI.create(base + "/playground/api/rooms/" + roomId + "/events?browserId=" + browserId + query))
			.header("Accept", "text/event-stream")
			.GET();
		headers.forEach(builder::header);
		HttpRequest request = builder.build();
		stream.response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenApply(r -> {
			stream.status = r.statusCode();
			Thread reader = new Thread(() -> {
				try (Stream<String> lines = r.body()) {
					lines.forEach(stream.lines::add);
				}
				catch (RuntimeException ex) {
					// the test closed the stream
				}
			});
			reader.setDaemon(true);
			reader.start();
			return r;
		});
		return stream;
	}

	public static final class EventStream {

		public final List<String> lines = new CopyOnWriteArrayList<>();

		public volatile int status;

		java.util.concurrent.CompletableFuture<HttpResponse<Stream<String>>> response;

		public boolean has(String fragment) {
			return lines.stream().anyMatch(l -> l.contains(fragment));
		}

		public void close() {
			response.thenAccept(r -> r.body().close());
		}

	}

	/** The invite code in the answer to "nätverk skapa". */
	public static String inviteCode(Reply created) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("<dt>Inbjudningskod</dt><dd>([A-Z0-9-]+)</dd>")
			.matcher(created.html());
		if (!m.find()) {
			throw new AssertionError("No invite code in " + created.raw());
		}
		return m.group(1);
	}

	public static void await(String what, BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Timed out waiting until " + what);
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
