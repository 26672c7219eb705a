package se.samverka.headroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * What Samverka talks to during the load, on loopback: the Slack Web API (auth.test names
 * the workspace; everything else is ok), the slash commands' response_url and the Teams
 * Bot Connector of local dev mode. Each answers at once and counts.
 */
final class Fakes implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(8);

	final AtomicLong slackApi = new AtomicLong();

	final AtomicLong responses = new AtomicLong();

	final AtomicLong teamsReplies = new AtomicLong();

	Fakes() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
		this.server.createContext("/api/", exchange -> {
			this.slackApi.incrementAndGet();
			String method = exchange.getRequestURI().getPath().substring("/api/".length());
			answer(exchange, method.equals("auth.test")
					? "{\"ok\":true,\"url\":\"https://headroom.slack/\",\"team\":\"Headroom\",\"user\":\"samverka\","
							+ "\"team_id\":\"" + Inbound.TEAM + "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}"
					: "{\"ok\":true,\"channel\":\"C\",\"ts\":\"1700000000.000100\"}");
		});
		this.server.createContext("/response/", exchange -> {
			this.responses.incrementAndGet();
			answer(exchange, "ok");
		});
		this.server.createContext("/teams/", exchange -> {
			this.teamsReplies.incrementAndGet();
			answer(exchange, "{\"id\":\"reply\"}");
		});
		this.server.setExecutor(this.threads);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private static void answer(HttpExchange exchange, String body) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
