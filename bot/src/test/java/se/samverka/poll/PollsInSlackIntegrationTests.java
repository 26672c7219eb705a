package se.samverka.poll;

import static se.samverka.slack.SignedSlack.isPost;
import static se.samverka.slack.SignedSlack.text;
import static se.samverka.slack.SignedSlack.inviteCode;
import static se.samverka.slack.SignedSlack.slashBody;
import static se.samverka.slack.SignedSlack.form;
import static se.samverka.slack.SignedSlack.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;

import se.samverka.chat.ActionInvocation;
import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;

/**
 * Date polls in Slack, end to end: signed slash commands, events and interactions over
 * HTTP to /slack/events. The poll card is posted in the network's channel, its buttons
 * vote (block_actions), the card is updated in place (chat.update) at the next
 * five-second mark, a double click changes nothing, closing updates it with the result
 * and no buttons; and a vote from Teams (a member who joined in Teams, against a loopback
 * Bot Connector) lands in the same tally as one from Slack.
 */
@SamverkaTest
// the production throttle: the test shows that votes within one interval share one update
@TestPropertySource(properties = "samverka.cards.update-every=5s")
class PollsInSlackIntegrationTests {

	static final String SECRET = FakeSlack.SECRET;

	static final FakeSlack slack = FakeSlack.shared();

	static final Connector teams = new Connector();

	@AfterAll
	static void stopFakes() {
		teams.server.stop(0);
	}

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	final HttpClient http = HttpClient.newHttpClient();

	SignedSlack requests;

	final String anna = "U-anna-" + next();

	final String bo = "U-bo-" + next();

	final String home = "C-home-" + next();

	final String bosDm = "D-bo-" + next();

	@BeforeEach
	void setClock() {
		requests = new SignedSlack(slack, SECRET, clock::instant, port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
	}

	/**
	 * Creates the network in the home channel and Bo joins it; returns the invite code.
	 */
	String network(String name) throws Exception {
		String code = inviteCode(command(anna, home, "nätverk skapa " + name));
		directMessage(bo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> isPost(c, bosDm) && c.param("text").contains("Välkommen"));
		return code;
	}

	/** Creates the seed's poll and returns its card as posted in the home channel. */
	FakeSlack.Call poll() throws Exception {
		send(anna, home,
				"omröstning Nästa träff | 2026-09-29 | 2026-09-29–30 | 2026-10-01 | deadline 2026-04-01 12:00");
		return slack.await(c -> isPost(c, home) && c.param("text").contains("Nästa träff")
				&& c.param("text").contains("ingen har röstat än"));
	}

	@Test
	void thePollCardVotesWithItsButtonsAndIsUpdatedInPlaceUntilItCloses() throws Exception {
		network("Slackomröstningen");
		FakeSlack.Call card = poll();
		assertThat(card.param("text")).contains("Sista dag: 1 april 2026 12:00 (Europe/Stockholm)");
		List<JsonObject> buttons = buttons(JsonParser.parseString(card.param("blocks")).getAsJsonArray());
		assertThat(buttons).hasSize(9);
		JsonObject yesOnTwo = buttons.stream()
			.filter(b -> b.get("value").getAsString().endsWith(" 2 yes"))
			.findFirst()
			.orElseThrow();
		assertThat(yesOnTwo.getAsJsonObject("text").get("text").getAsString()).isEqualTo("Ja");
		ActionInvocation pressed = new ActionInvocation(yesOnTwo.get("value").getAsString(), null);
		assertThat(pressed.network()).as("the button carries the poll's network").isNotNull();
		String poll = pressed.command().split(" ")[1];

		// Bo clicks "Ja" under option 2 twice (a double click) and answers option 1 by
		// text.
		String first = slack.responseUrl("vote-" + next());
		press(bo, home, yesOnTwo, first);
		slack.await(c -> c.path().equals(URI.create(first).getPath()));
		String second = slack.responseUrl("vote-" + next());
		press(bo, home, yesOnTwo, second);
		slack.await(c -> c.path().equals(URI.create(second).getPath()));
		command(bo, bosDm, "rösta " + poll + " 1 kanske");

		clock.set(clock.instant().plusSeconds(5));
		BackgroundWork.runDue(runner, mongo);
		FakeSlack.Call update = slack.await(c -> c.path().equals("chat.update") && c.param("channel").equals(home)
				&& c.param("text").contains("en person har röstat"));
		assertThat(update.param("ts")).isEqualTo(FakeSlack.tsOf(card));
		assertThat(update.param("text")).contains("▇▇▇▇▇▇▇▇▇▇  ja 1 · om det behövs 0")
			.contains("▇▇▇▇▇▁▁▁▁▁  ja 0 · om det behövs 1");
		BackgroundWork.runDue(runner, mongo);
		assertThat(slack.count(c -> c.path().equals("chat.update") && c.param("ts").equals(FakeSlack.tsOf(card))))
			.as("two clicks and a typed vote within five seconds: one update")
			.isEqualTo(1);

		send(anna, home, "omröstning stäng " + poll);
		FakeSlack.Call closed = slack.await(c -> c.path().equals("chat.update") && c.param("channel").equals(home)
				&& c.param("text").contains("Omröstningen är stängd. Resultat: 2"));
		assertThat(closed.param("ts")).isEqualTo(FakeSlack.tsOf(card));
		assertThat(buttons(JsonParser.parseString(closed.param("blocks")).getAsJsonArray())).isEmpty();
	}

	@Test
	void votesFromSlackAndTeamsLandInOneTally() throws Exception {
		String code = network("Tvåplattformsomröstningen");
		String cecilia = "cecilia-" + next();
		String ceciliasChat = "a:cecilia-" + next();
		teams(ceciliasChat, cecilia, "gå med " + code + " Region Kronoberg");
		teams.await(ceciliasChat, "Tvåplattformsomröstningen");
		FakeSlack.Call card = poll();
		String poll = new ActionInvocation(buttons(JsonParser.parseString(card.param("blocks")).getAsJsonArray()).get(0)
			.get("value")
			.getAsString(), null).command().split(" ")[1];

		long before = teams.count(ceciliasChat);
		teams(ceciliasChat, cecilia, "vote " + poll + " 3 yes");
		teams.awaitMore(ceciliasChat, before);
		command(bo, bosDm, "vote " + poll + " 3 maybe");

		clock.set(clock.instant().plusSeconds(5));
		BackgroundWork.runDue(runner, mongo);
		FakeSlack.Call update = slack.await(c -> c.path().equals("chat.update") && c.param("channel").equals(home)
				&& c.param("text").contains("2 personer har röstat"));
		assertThat(update.param("ts")).isEqualTo(FakeSlack.tsOf(card));
		assertThat(update.param("text")).contains("3. 2026-10-01 (torsdag)")
			.contains("▇▇▇▇▇▇▇▇▁▁  ja 1 · om det behövs 1");
	}

	/**
	 * A Teams message in a personal chat, as Teams sends it, with the loopback connector
	 * as its serviceUrl.
	 */
	private void teams(String conversation, String user, String text) throws Exception {
		JsonObject activity = JsonParser.parseString("""
				{"type":"message","channelId":"msteams","locale":"sv-SE",
				 "recipient":{"id":"28:samverka-bot","name":"Samverka"},
				 "channelData":{"tenant":{"id":"tenant-1"}}}
				""").getAsJsonObject();
		activity.addProperty("id", "act-" + next());
		activity.addProperty("serviceUrl", teams.url());
		activity.addProperty("text", text);
		JsonObject from = new JsonObject();
		from.addProperty("id", "29:" + user);
		from.addProperty("name", "Cecilia");
		from.addProperty("aadObjectId", "aad-" + user);
		activity.add("from", from);
		JsonObject chat = new JsonObject();
		chat.addProperty("id", conversation);
		chat.addProperty("conversationType", "personal");
		chat.addProperty("tenantId", "tenant-1");
		activity.add("conversation", chat);
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(activity.toString(), StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
	}

	/**
	 * The Bot Connector on loopback: answers every activity with an id and keeps what was
	 * sent where.
	 */
	static final class Connector {

		final HttpServer server;

		final List<String[]> received = new CopyOnWriteArrayList<>();

		Connector() {
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			server.createContext("/", exchange -> {
				received.add(new String[] { exchange.getRequestURI().getPath(),
						new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) });
				byte[] bytes = ("{\"id\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, bytes.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			});
			server.start();
		}

		String url() {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
		}

		/**
		 * Waits, polling with a deadline, until the conversation got more than
		 * {@code before} messages.
		 */
		void awaitMore(String conversation, long before) throws InterruptedException {
			Instant deadline = Instant.now().plusSeconds(15);
			while (count(conversation) <= before) {
				if (Instant.now().isAfter(deadline)) {
					throw new AssertionError("Teams got no answer in " + conversation);
				}
				Thread.sleep(20);
			}
		}

		long count(String conversation) {
			return received.stream().filter(r -> r[0].contains(conversation)).count();
		}

		/**
		 * Waits, polling with a deadline, until something containing {@code text} went to
		 * the conversation.
		 */
		void await(String conversation, String text) throws InterruptedException {
			Instant deadline = Instant.now().plusSeconds(15);
			while (Instant.now().isBefore(deadline)) {
				if (received.stream().anyMatch(r -> r[0].contains(conversation) && r[1].contains(text))) {
					return;
				}
				Thread.sleep(20);
			}
			throw new AssertionError("Teams never got " + text + " in " + conversation + "; got: "
					+ received.stream().map(r -> r[0]).toList());
		}

	}

	private static List<JsonObject> buttons(JsonArray blocks) {
		List<JsonObject> found = new ArrayList<>();
		for (JsonElement block : blocks) {
			JsonObject b = block.getAsJsonObject();
			if (b.get("type").getAsString().equals("actions")) {
				b.getAsJsonArray("elements").forEach(e -> found.add(e.getAsJsonObject()));
			}
		}
		return found;
	}

	@Test
	void theSeedsSwedishDateOptionsCloseAndPlanTheNextMeetingInSlack() throws Exception {
		String name = "Slackdatum " + next();
		network(name);

		assertThat(command(anna, home, "omröstning Nästa träff | 29 sep | 30 sep | 1 okt | deadline 1/4 kl 12"))
			.contains("1 okt – torsdag 1 oktober 2026")
			.contains("det som vinner blir nästa träff")
			.contains("stänger av sig själv onsdag 1 april 2026 kl. 12:00");
		String network = PollDocuments.networkNamed(mongo, name);
		int poll = PollDocuments.firstPollNumber(mongo, network);
		assertThat(command(bo, bosDm, "rösta " + poll + " 3 ja")).contains("(1 okt)");

		clock.set(Instant.parse("2026-04-01T10:00:01Z"));
		BackgroundWork.runDue(runner, mongo);

		FakeSlack.Call result = slack
			.await(c -> isPost(c, home) && c.param("text").contains("Resultat av omröstning " + poll));
		assertThat(result.param("text")).contains("Det blev 1 okt")
			.contains("Nästa träff (möte 1) är inlagd torsdag 1 oktober 2026");
		assertThat(PollDocuments.firstMeetingStart(mongo, network)).isEqualTo(Instant.parse("2026-10-01T07:00:00Z"));
	}

	private String press(String user, String channel, JsonObject button, String responseUrl) throws Exception {
		return requests.press(user, channel, button, responseUrl);
	}

	// --- helpers ---

	/**
	 * A slash command, without waiting for its answer: the poll's card may be all that is
	 * said.
	 */
	private void send(String user, String channel, String text) throws Exception {
		assertThat(post(slashBody(user, channel, text, slack.responseUrl("send-" + next())),
				"application/x-www-form-urlencoded")
			.statusCode()).isEqualTo(200);
	}

	private String command(String user, String channel, String text) throws Exception {
		return requests.command(user, channel, text);
	}

	private String answer(String user, String channel, String text) throws Exception {
		return requests.answer(user, channel, text);
	}

	private void directMessage(String user, String channel, String text) throws Exception {
		requests.directMessage(user, channel, text);
	}

	private HttpResponse<String> postPayload(JsonObject payload) throws Exception {
		return requests.postPayload(payload);
	}

	private HttpResponse<String> post(String body, String contentType) throws Exception {
		return requests.post(body, contentType);
	}

}
