package se.samverka.teams;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the Bot Connector on loopback: records every activity sent to it
 * (method, path and body) and answers {@code {"id": ...}} with a new id each time, or a
 * chosen status for a conversation (for every method, or for one).
 */
public final class FakeBotConnector implements AutoCloseable {

	/**
	 * One request: {@code answeredId} is the id this fake answered with (also on an error
	 * status).
	 */
	public record Posted(String method, String path, String authorization, JsonNode activity, String answeredId) {

		public String conversationId() {
			return activity.path("conversation").path("id").asText();
		}

		/**
		 * Everything a person would read: the text, or the card's text blocks and facts.
		 */
		public String readable() {
			StringBuilder text = new StringBuilder(activity.path("text").asText(""));
			for (JsonNode attachment : activity.path("attachments")) {
				collect(attachment.path("content"), text);
			}
			return text.toString();
		}

		private static void collect(JsonNode node, StringBuilder out) {
			if (node.isObject()) {
				if (node.path("type").asText().equals("TextBlock")) {
					out.append('\n').append(node.path("text").asText());
				}
				if (node.has("title") && node.has("value") && !node.has("type")) {
					out.append('\n')
						.append(node.path("title").asText())
						.append(": ")
						.append(node.path("value").asText());
				}
				node.elements().forEachRemaining(child -> collect(child, out));
			}
			else if (node.isArray()) {
				node.elements().forEachRemaining(child -> collect(child, out));
			}
		}

	}

	private final HttpServer server;

	private final List<Posted> posted = new CopyOnWriteArrayList<>();

	private final Map<String, Integer> statusByConversation = new ConcurrentHashMap<>();

	private final Map<String, java.util.Queue<int[]>> scripted = new ConcurrentHashMap<>();

	private final AtomicInteger ids = new AtomicInteger();

	private volatile java.util.function.Consumer<Posted> onEachPost = post -> {
	};

	private final String host;

	public FakeBotConnector() {
		this("127.0.0.1");
	}

	public FakeBotConnector(String host) {
		this(host, 0);
	}

	/**
	 * A fake that reads and answers up to {@code threads} requests at once, as the real
	 * one does (0: one at a time, in order).
	 */
	public static FakeBotConnector answeringAtOnce(int threads) {
		return new FakeBotConnector("127.0.0.1", threads);
	}

	private FakeBotConnector(String host, int threads) {
		this.host = host;
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			if (threads > 0) {
				server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(threads, task -> {
					Thread thread = new Thread(task, "fake-bot-connector");
					thread.setDaemon(true);
					return thread;
				}));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/", exchange -> {
			try (InputStream in = exchange.getRequestBody()) {
				JsonNode body = new ObjectMapper().readTree(in.readAllBytes());
				String id = "sent-" + ids.incrementAndGet();
				String method = exchange.getRequestMethod();
				Posted post = new Posted(method, exchange.getRequestURI().getPath(),
						exchange.getRequestHeaders().getFirst("Authorization"), body, id);
				posted.add(post);
				onEachPost.accept(post);
				int status = statusByConversation.getOrDefault(post.conversationId() + " " + method,
						statusByConversation.getOrDefault(post.conversationId(), 200));
				java.util.Queue<int[]> once = scripted.get(post.conversationId());
				int[] scriptedAnswer = once == null ? null : once.poll();
				if (scriptedAnswer != null) {
					status = scriptedAnswer[0];
					if (scriptedAnswer[1] >= 0) {
						exchange.getResponseHeaders().add("Retry-After", Integer.toString(scriptedAnswer[1]));
					}
				}
				byte[] answer = ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(status, answer.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(answer);
				}
			}
			catch (RuntimeException ex) {
				exchange.sendResponseHeaders(500, -1);
			}
			finally {
				exchange.close();
			}
		});
		server.start();
	}

	public String url() {
		return "http://" + host + ":" + server.getAddress().getPort() + "/";
	}

	public void answer(String conversationId, int status) {
		statusByConversation.put(conversationId, status);
	}

	/**
	 * Answers {@code status} to requests with this method (POST, PUT) in the
	 * conversation.
	 */
	public void answer(String conversationId, String method, int status) {
		statusByConversation.put(conversationId + " " + method, status);
	}

	/**
	 * Answers the next request in the conversation once with {@code status} (and
	 * Retry-After when ≥ 0).
	 */
	public void answerOnce(String conversationId, int status, int retryAfterSeconds) {
		scripted.computeIfAbsent(conversationId, c -> new java.util.concurrent.ConcurrentLinkedQueue<>())
			.add(new int[] { status, retryAfterSeconds });
	}

	/**
	 * Runs {@code listener} on each request as it is recorded, before it is answered (the
	 * answer waits for it).
	 */
	public void onEachPost(java.util.function.Consumer<Posted> listener) {
		this.onEachPost = listener;
	}

	public List<Posted> posted() {
		return List.copyOf(posted);
	}

	public List<Posted> postedTo(String conversationId) {
		return posted.stream().filter(p -> p.conversationId().equals(conversationId)).toList();
	}

	/** Waits (with a deadline, no fixed sleeps) until some posted activity matches. */
	public Posted await(Predicate<Posted> match) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			for (Posted p : posted) {
				if (match.test(p)) {
					return p;
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
		throw new AssertionError("Nothing matching arrived at the fake Bot Connector within 10 s; got " + posted);
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
