package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.NetworkId;
import se.samverka.chat.Sender;
import se.samverka.conversation.TranscriptEntry;
import se.samverka.network.Membership;
import se.samverka.network.Network;
import se.samverka.network.Networks;
import se.samverka.network.People;
import se.samverka.network.Role;

/**
 * The whole app over HTTP, the way the platforms reach it: an organiser creates a network
 * in a Teams channel (dev mode, a fake Bot Connector on loopback as the serviceUrl), a
 * person in Slack joins it with the invite code through a signed slash command (a fake
 * Slack Web API on loopback), and both are in the same network, the Teams channel hears
 * about it, and the dialogue of both platforms is in the transcript under that network.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CrossPlatformNetworkIntegrationTests {

	static final String SIGNING_SECRET = "cross-platform-test-secret";

	static final Platforms platforms = Platforms.start();

	@DynamicPropertySource
	static void platformSettings(DynamicPropertyRegistry registry) {
		registry.add("samverka.slack.bot-token", () -> "xoxb-test-token");
		registry.add("samverka.slack.signing-secret", () -> SIGNING_SECRET);
		registry.add("samverka.slack.api-url", () -> platforms.base() + "/slack-api/");
	}

	@AfterAll
	static void stop() {
		platforms.server.stop(0);
	}

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	People people;

	@Autowired
	MongoTemplate mongo;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aTeamsOrganiserAndASlackParticipantAreInOneNetwork() throws Exception {
		String teamsChannel = "19:" + UUID.randomUUID() + "@thread.tacv2";
		String networkName = "Barnens bästa " + UUID.randomUUID().toString().substring(0, 6);

		HttpResponse<String> created = postTeams(teamsChannel, "network create " + networkName);
		assertThat(created.statusCode()).isBetween(200, 299);
		platforms.await(r -> r.path().startsWith("/teams/") && r.text().contains(networkName),
				"the Teams reply to network create");

		ConversationKey teamsKey = new ConversationKey(Channel.TEAMS, "tenant-a", teamsChannel);
		NetworkId network = networks.linkOf(teamsKey).map(l -> new NetworkId(l.networkId())).orElseThrow();
		Network stored = networks.find(network).orElseThrow();

		Instant before = Instant.now();
		HttpResponse<String> joined = postSlashCommand("join " + stored.inviteCode() + " Polisen Kronoberg");
		assertThat(Duration.between(before, Instant.now())).as("Slack's 3 s acknowledgement")
			.isLessThan(Duration.ofSeconds(3));
		assertThat(joined.statusCode()).isEqualTo(200);
		platforms.await(r -> !r.path().startsWith("/teams/") && r.text().contains(networkName),
				"the Slack reply to join");
		platforms.await(r -> r.path().startsWith("/teams/") && r.text().contains("Polisen Kronoberg"),
				"the announcement in the network's Teams home channel");

		List<Membership> members = networks.members(network);
		assertThat(members).hasSize(2);
		assertThat(members).extracting(Membership::organisation).contains("Polisen Kronoberg");
		assertThat(networks.rolesOf(network,
				people.identify(new Sender(Channel.TEAMS, "tenant-a", "aad-anna", "Anna", null))))
			.containsExactly(Role.ORGANISER);
		assertThat(networks.rolesOf(network, people.identify(new Sender(Channel.SLACK, "T0SAMV", "U0BO", "bo", null))))
			.containsExactly(Role.PARTICIPANT);

		List<TranscriptEntry> dialogue = mongo.find(Query.query(Criteria.where("networkId").is(network.value())),
				TranscriptEntry.class);
		assertThat(dialogue).extracting(e -> e.channel() + "/" + e.direction())
			.contains("TEAMS/IN", "TEAMS/OUT", "SLACK/IN", "SLACK/OUT");
	}

	private HttpResponse<String> postTeams(String conversationId, String command) throws Exception {
		String activity = """
				{"type":"message","id":"%s","timestamp":"%s","channelId":"msteams","serviceUrl":"%s/teams/",
				 "from":{"id":"29:anna","name":"Anna","aadObjectId":"aad-anna"},
				 "recipient":{"id":"28:samverka","name":"Samverka"},
				 "conversation":{"id":"%s","conversationType":"channel","isGroup":true,"tenantId":"tenant-a"},
				 "channelData":{"tenant":{"id":"tenant-a"},"team":{"id":"19:team-a"}},
				 "entities":[{"type":"mention","text":"<at>Samverka</at>","mentioned":{"id":"28:samverka","name":"Samverka"}}],
				 "locale":"sv-SE","text":"<at>Samverka</at> %s"}
				"""
			.formatted(UUID.randomUUID(), Instant.now(), platforms.base(), conversationId, command);
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(activity))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postSlashCommand(String text) throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("token", "legacy-unused");
		form.put("team_id", "T0SAMV");
		form.put("team_domain", "samverka-test");
		form.put("channel_id", "D0BO");
		form.put("channel_name", "directmessage");
		form.put("user_id", "U0BO");
		form.put("user_name", "bo");
		form.put("command", "/samverka");
		form.put("text", text);
		form.put("api_app_id", "A0SAMV");
		form.put("response_url", platforms.base() + "/slack-response/" + UUID.randomUUID());
		form.put("trigger_id", UUID.randomUUID().toString());
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Slack-Request-Timestamp", timestamp)
			.header("X-Slack-Signature", sign(timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String sign(String timestamp, String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "v0=" + HexFormat.of()
			.formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	record Received(String path, String body) {

		/**
		 * The body as text: Slack's Web API client posts forms, response_url and Teams
		 * get JSON.
		 */
		String text() {
			try {
				return URLDecoder.decode(body, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException notAForm) {
				return body;
			}
		}

	}

	/** The fake Bot Connector and fake Slack Web API, on one loopback server. */
	static final class Platforms {

		final HttpServer server;

		final List<Received> received = new CopyOnWriteArrayList<>();

		private Platforms(HttpServer server) {
			this.server = server;
		}

		static Platforms start() {
			try {
				HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
				Platforms platforms = new Platforms(server);
				server.createContext("/", platforms::answer);
				server.start();
				return platforms;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		String base() {
			return "http://127.0.0.1:" + server.getAddress().getPort();
		}

		private void answer(HttpExchange exchange) throws IOException {
			String path = exchange.getRequestURI().getPath();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String reply;
			if (path.endsWith("/auth.test")) {
				reply = "{\"ok\":true,\"url\":\"https://samverka-test.slack.com/\",\"team\":\"Test\",\"user\":\"samverka\","
						+ "\"team_id\":\"T0SAMV\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}";
			}
			else if (path.endsWith("/users.info")) {
				reply = "{\"ok\":true,\"user\":{\"id\":\"U0BO\",\"name\":\"bo\",\"real_name\":\"Bo\",\"profile\":{\"display_name\":\"Bo\",\"real_name\":\"Bo\"}}}";
			}
			else if (path.startsWith("/teams/")) {
				received.add(new Received(path, body));
				reply = "{\"id\":\"" + UUID.randomUUID() + "\"}";
			}
			else {
				received.add(new Received(path, body));
				reply = "{\"ok\":true,\"channel\":\"D0BO\",\"ts\":\"1700000000.000100\",\"message_ts\":\"1700000000.000100\"}";
			}
			byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
			exchange.sendResponseHeaders(200, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		}

		void await(Predicate<Received> expected, String what) throws InterruptedException {
			Instant deadline = Instant.now().plusSeconds(15);
			while (Instant.now().isBefore(deadline)) {
				if (received.stream().anyMatch(expected)) {
					return;
				}
				Thread.sleep(50);
			}
			throw new AssertionError("Never received " + what + "; received: "
					+ received.stream().map(Received::path).collect(Collectors.toList()));
		}

	}

}
