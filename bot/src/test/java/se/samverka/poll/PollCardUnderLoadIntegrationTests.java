package se.samverka.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.test.context.TestPropertySource;

import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.bench.LimitedBotConnector;
import se.samverka.bench.LimitedBotConnector.Request;

/**
 * The "done when": a poll card posted in a Teams channel, through a Bot Connector
 * that enforces Teams' documented limits (7 per 1 s, 8 per 2 s, 60 per 30 s per
 * conversation; 429 beyond them, for updates too), while 500 members vote within ten
 * seconds through the real command path (the playground's API). The card is updated at
 * most once per five seconds, no request is ever answered 429, and the final card shows
 * exactly the stored tally.
 */
@SamverkaTest
// the production throttle (the test profile shortens it for the other feature tests)
@TestPropertySource(properties = "samverka.cards.update-every=5s")
class PollCardUnderLoadIntegrationTests {

	static final int VOTERS = 500;

	static final String[] WORDS = { "ja", "om det behövs", "nej" };

	/** 500 votes over seven seconds: longer than one throttle window, within ten. */
	static final Duration PACE = Duration.ofMillis(14);

	static final LimitedBotConnector connector = LimitedBotConnector.withoutFaults();

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Pattern COUNTS = Pattern.compile("^(\\d)\\. .*\\n.*ja (\\d+) · om det behövs (\\d+)");

	final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Polls polls;

	final String id = UUID.randomUUID().toString().substring(0, 8);

	final String channel = "19:votes-" + id + "@thread.tacv2";

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@Test
	void fiveHundredVotesWithinTenSecondsUpdateTheTeamsCardAtMostEveryFiveSecondsWithinTheLimits() throws Exception {
		clock.set(Instant.parse("2021-08-20T10:00:00Z"));
		// The network lives in the playground (where its 500 join announcements go); an
		// organiser links the Teams channel and starts the poll there.
		String created = playground("org-" + id, "home-" + id, "nätverk skapa Röstkort " + id);
		String code = code(created, "Inbjudningskod");
		// created in a shared room: the organiser code went to the creator's personal
		// chat
		String organiserCode = mongo.getCollection("networks")
			.find(new Document("name", "Röstkort " + id))
			.first()
			.getString("organiserCode");
		teams("anna-" + id, "gå med " + organiserCode + " Region Kronoberg");
		joinAll(code);
		teams("anna-" + id, "omröstning Röstkortet | 2021-09-29 | 2021-09-30 | 2021-10-01 | deadline 2021-09-01 12:00");
		await("the poll card is posted in the channel").atMost(Duration.ofSeconds(20))
			.until(() -> cardVersions("POST").stream().anyMatch(r -> r.body().contains("ingen har röstat än")));
		DatePoll poll = polls.byNumber(network(), 1).orElseThrow();

		Duration voting = voteAll();

		await("the card shows every vote").atMost(Duration.ofSeconds(30))
			.until(() -> !cardVersions("PUT").isEmpty()
					&& readable(last(cardVersions("PUT"))).contains(VOTERS + " personer har röstat"));
		await("the poll card's sends are done").atMost(Duration.ofSeconds(20))
			.until(() -> mongo.getCollection("outbox")
				.countDocuments(new Document("topic", "card:poll:" + poll.id()).append("state",
						new Document("$in", List.of("PENDING", "SENDING")))) == 0);

		org.slf4j.LoggerFactory.getLogger(getClass())
			.info("500 votes took {} ms; the card was updated {} times", voting.toMillis(), cardVersions("PUT").size());
		// The votes are sent over seven seconds (within the ten the issue names on an
		// ordinary machine; a heavily loaded one answers slower, which only stretches
		// them): what matters is that they span more than one throttle interval, so the
		// card is updated while they come in.
		assertThat(voting).as("the votes span more than one throttle interval").isGreaterThan(Duration.ofSeconds(5));
		assertThat(connector.throttled()).as("requests answered 429").isZero();
		List<Request> updates = cardVersions("PUT");
		assertThat(updates).as("updates while the votes came in and after").hasSizeGreaterThanOrEqualTo(2);
		for (int i = 1; i < updates.size(); i++) {
			assertThat(Duration.between(updates.get(i - 1).at(), updates.get(i).at()))
				.as("time between update %d and %d of the card", i, i + 1)
				.isGreaterThanOrEqualTo(Duration.ofSeconds(5));
		}
		Tally tally = polls.tally(polls.find(poll.id()).orElseThrow());
		assertThat(tally.voters()).isEqualTo(VOTERS);
		String finalCard = readable(last(updates));
		int shown = 0;
		for (String block : finalCard.split("\n(?=\\d\\. )")) {
			Matcher m = COUNTS.matcher(block.strip());
			if (m.find()) {
				Tally.OptionCount count = tally.of(Integer.parseInt(m.group(1)));
				assertThat(new int[] { Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)) })
					.as("option %s on the final card", m.group(1))
					.containsExactly(count.yes(), count.maybe());
				shown++;
			}
		}
		assertThat(shown).as("options on the final card").isEqualTo(3);
	}

	/** 500 people join from their own browsers, before the voting starts. */
	private void joinAll(String code) throws Exception {
		run(v -> {
			String answer = playground(voter(v), "dm-" + voter(v), "gå med " + code + " Organisation " + (v % 5));
			return answer.contains("Välkommen") ? null : "join " + v + ": " + answer;
		});
	}

	/**
	 * Each voter answers one option, one vote every {@link #PACE} (so that the voting
	 * spans more than one throttle window), at most 32 at a time; returns how long it
	 * took.
	 */
	private Duration voteAll() throws Exception {
		Random random = new Random(12);
		int[] answers = new int[VOTERS];
		for (int v = 0; v < VOTERS; v++) {
			answers[v] = random.nextInt(3);
		}
		long start = System.nanoTime();
		run(PACE, v -> {
			String vote = "rösta 1 " + (v % 3 + 1) + " " + WORDS[answers[v]];
			String answer = playground(voter(v), "dm-" + voter(v), vote);
			return answer.contains("Du svarade") ? null : vote + ": " + answer;
		});
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private interface Step {

		String run(int voter) throws Exception;

	}

	private void run(Step step) throws Exception {
		run(Duration.ZERO, step);
	}

	/** Runs the step for every voter, voter {@code v} not before {@code v × pace}. */
	private void run(Duration pace, Step step) throws Exception {
		List<String> problems = new CopyOnWriteArrayList<>();
		java.util.concurrent.ScheduledExecutorService pool = Executors.newScheduledThreadPool(32);
		List<Future<?>> work = new ArrayList<>();
		for (int v = 0; v < VOTERS; v++) {
			int voter = v;
			work.add(pool.schedule(() -> {
				String problem = step.run(voter);
				if (problem != null) {
					problems.add(problem);
				}
				return null;
			}, pace.toMillis() * v, TimeUnit.MILLISECONDS));
		}
		for (Future<?> f : work) {
			f.get(5, TimeUnit.MINUTES);
		}
		pool.shutdown();
		assertThat(problems).isEmpty();
	}

	private String voter(int v) {
		return "voter-" + v + "-" + id;
	}

	private se.samverka.chat.NetworkId network() {
		Document network = mongo.getCollection("networks").find(new Document("name", "Röstkort " + id)).first();
		return new se.samverka.chat.NetworkId(network.getString("_id"));
	}

	/** The card's versions in the channel: posts (POST without a reply id) or updates. */
	private List<Request> cardVersions(String method) {
		return connector.requests()
			.stream()
			.filter(r -> channel.equals(r.conversation()) && r.method().equals(method) && r.status() == 200)
			.filter(r -> r.body().contains("Röstkortet") && !r.body().contains("\"replyToId\""))
			.toList();
	}

	private static Request last(List<Request> requests) {
		return requests.get(requests.size() - 1);
	}

	/** The card's text blocks, one per line. */
	private static String readable(Request request) {
		JsonNode activity = JSON.readTree(request.body());
		StringBuilder text = new StringBuilder();
		for (JsonNode attachment : activity.path("attachments")) {
			for (JsonNode block : attachment.path("content").path("body")) {
				if (block.path("type").asString().equals("TextBlock")) {
					text.append(block.path("text").asString()).append('\n');
				}
			}
		}
		return text.toString();
	}

	/** One turn in the playground; returns the replies' HTML. */
	private String playground(String browser, String room, String text) throws Exception {
		String body = JSON.writeValueAsString(java.util.Map.of("clientMessageId", UUID.randomUUID().toString(),
				"browserId", browser, "displayName", "Person " + browser, "locale", "sv", "text", text));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/playground/api/rooms/" + room + "/messages"))
			.header("Content-Type", "application/json")
			.header("X-Samverka-Playground", "1")
			.header("Origin", "http://localhost:" + port)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		StringBuilder html = new StringBuilder();
		JSON.readTree(response.body()).path("replies").forEach(r -> html.append(r.path("html").asString()));
		return html.toString();
	}

	/** One message from a person in the Teams channel, mentioning the bot (dev mode). */
	private void teams(String user, String text) throws Exception {
		ObjectNode activity = JSON.createObjectNode()
			.put("type", "message")
			.put("id", "act-" + UUID.randomUUID())
			.put("channelId", "msteams")
			.put("serviceUrl", connector.serviceUrl())
			.put("text", "<at>Samverka</at> " + text)
			.put("locale", "sv-SE");
		activity.putObject("from")
			.put("id", "29:" + user)
			.put("name", "Person " + user)
			.put("aadObjectId", "aad-" + user);
		activity.putObject("recipient").put("id", "28:samverka-bot").put("name", "Samverka");
		activity.putObject("conversation")
			.put("id", channel)
			.put("conversationType", "channel")
			.put("tenantId", "tenant-1");
		activity.putObject("channelData").putObject("tenant").put("id", "tenant-1");
		ObjectNode mention = activity.putArray("entities")
			.addObject()
			.put("type", "mention")
			.put("text", "<at>Samverka</at>");
		mention.putObject("mentioned").put("id", "28:samverka-bot").put("name", "Samverka");
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
	}

	private static String code(String html, String label) {
		Matcher m = Pattern.compile("<dt>" + label + "</dt><dd>([A-Z0-9-]+)</dd>").matcher(html);
		assertThat(m.find()).as(label + " in " + html).isTrue();
		return m.group(1);
	}

}
