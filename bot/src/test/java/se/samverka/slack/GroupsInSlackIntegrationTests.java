package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.samverka.TestClock;

/**
 * Mixed groups in Slack, end to end over signed HTTP: members join by DM or by slash command in the
 * network's channel, say they are here, the organiser makes groups of three; the split is posted in
 * the channel and each person gets their group in a DM, opened with conversations.open for someone
 * who has only used the channel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class GroupsInSlackIntegrationTests {

	static final String SECRET = "groups-signing-secret";

	static final FakeSlack slack = new FakeSlack();

	static final AtomicInteger ids = new AtomicInteger();

	static final String AGENDA = """
			Nätverksträff 2 – Barnens bästa gäller!
			2026-03-25 Digitalt via Teams
			09:00 Välkommen | Ann-Christine Andersson
			09:30 Grupparbete: Roller & mandat (30 min)
			  Förväntningar på oss inom vår egen enhet/verksamhet
			10:00 Tack för idag""";

	@DynamicPropertySource
	static void slackSettings(DynamicPropertyRegistry registry) {
		slack.register(registry, SECRET);
	}

	@AfterAll
	static void stopFake() {
		slack.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	final HttpClient http = HttpClient.newHttpClient();

	final String anna = "U-anna-" + next();

	final String bo = "U-bo-" + next();

	final String cecilia = "U-cecilia-" + next();

	final String david = "U-david-" + next();

	final String home = "C-home-" + next();

	final String bosDm = "D-bo-" + next();

	final String davidsDm = "D-david-" + next();

	@BeforeEach
	void setClock() {
		clock.set(Instant.parse("2026-03-24T15:00:00Z")); // the day before
	}

	@Test
	void theSplitIsPostedInTheChannelAndEachPersonGetsTheirGroupInADirectMessage() throws Exception {
		String code = inviteCode(command(anna, home, "nätverk skapa Grupper"));
		directMessage(bo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> isPost(c, bosDm) && c.param("text").contains("Välkommen"));
		assertThat(command(cecilia, home, "gå med " + code + " Skolan")).contains("Välkommen");
		directMessage(david, davidsDm, "gå med " + code + " Socialtjänsten");
		slack.await(c -> isPost(c, davidsDm) && c.param("text").contains("Välkommen"));
		assertThat(command(anna, home, "möte skapa\n" + AGENDA)).contains("Möte 1 är planerat");

		directMessage(bo, bosDm, "här");
		slack.await(c -> isPost(c, bosDm) && c.param("text").contains("du är på plats på möte 1"));
		assertThat(command(cecilia, home, "här")).contains("du är på plats på möte 1");
		assertThat(command(david, davidsDm, "här")).contains("du är på plats på möte 1");
		// plans change, and change back: taking back "här" and saying it again
		assertThat(command(david, davidsDm, "inte här")).contains("du är inte längre på plats på möte 1");
		assertThat(command(david, davidsDm, "här")).contains("du är på plats på möte 1");

		String reply = command(anna, home, "grupper 3");

		assertThat(reply).contains("Grupperna för 09:30 Grupparbete: Roller &amp; mandat är klara: 3 personer i en grupp")
			.contains("Alla 3 har fått sin grupp i ett personligt meddelande");
		FakeSlack.Call split = slack.await(c -> isPost(c, home) && c.param("text").contains("Grupp 1"));
		assertThat(split.param("text")).contains("(Polisen)").contains("(Skolan)").contains("(Socialtjänsten)");

		FakeSlack.Call bosGroup = slack.await(c -> isPost(c, bosDm) && c.param("text").contains("Du är i grupp 1"));
		assertThat(bosGroup.param("text")).contains("Med dig:").contains("(Skolan)")
			.contains("Förväntningar på oss inom vår egen enhet");

		// Cecilia has only used the channel: her DM is opened first, then written to.
		FakeSlack.Call opened = slack.await(c -> c.path().equals("conversations.open") && c.param("users").equals(cecilia));
		assertThat(opened.answer()).contains(FakeSlack.directMessageOf(cecilia));
		FakeSlack.Call cecilias = slack.await(c -> isPost(c, FakeSlack.directMessageOf(cecilia))
				&& c.param("text").contains("Du är i grupp 1"));
		assertThat(cecilias.param("text")).contains("(Polisen)").contains("(Socialtjänsten)");
		assertThat(slack.count(c -> c.path().equals("conversations.open") && c.param("users").equals(bo)))
			.as("Bo's DM was known already").isZero();
	}

	@Test
	void badSizesAndMembersWhoAreNotOrganisersAreAnsweredAndNothingIsStored() throws Exception {
		String code = inviteCode(command(anna, home, "nätverk skapa Fel"));
		assertThat(command(anna, home, "grupper 3")).contains("inget kommande möte");
		directMessage(bo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> isPost(c, bosDm) && c.param("text").contains("Välkommen"));
		command(anna, home, "möte skapa\n" + AGENDA);
		long before = mongo.getCollection("groupings").countDocuments();

		assertThat(command(anna, home, "grupper")).contains("Skriv hur många personer");
		assertThat(command(anna, home, "grupper -1")).contains("minst en person");
		assertThat(command(anna, home, "grupper 500")).contains("högst 50 personer");
		assertThat(command(bo, bosDm, "grupper 3")).contains("Bara nätverkets arrangörer");
		assertThat(command(anna, home, "language en")).contains("English");
		assertThat(command(anna, home, "groups zero")).contains("Type how many people a group should have");

		assertThat(mongo.getCollection("groupings").countDocuments()).isEqualTo(before);
		assertThat(slack.count(c -> isPost(c, home) && c.param("text").contains("Grupp 1"))).isZero();
	}

	// --- helpers, as in MeetingsInSlackIntegrationTests ---

	private static boolean isPost(FakeSlack.Call call, String channel) {
		return call.path().equals("chat.postMessage") && call.param("channel").equals(channel);
	}

	private static String inviteCode(String reply) {
		Matcher found = Pattern.compile("(?:Inbjudningskod|Invite code)\\*?:?\\*?\\s*([A-Z0-9]{6})").matcher(reply);
		assertThat(found.find()).as(reply).isTrue();
		return found.group(1);
	}

	/** A slash command; returns the fallback text of the answer sent to its response_url. */
	private String command(String user, String channel, String text) throws Exception {
		String responseUrl = slack.responseUrl("cmd-" + next());
		assertThat(post(slashBody(user, channel, text, responseUrl), "application/x-www-form-urlencoded").statusCode())
			.isEqualTo(200);
		String body = slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())).body();
		JsonObject answer = JsonParser.parseString(body).getAsJsonObject();
		return answer.get("text").getAsString();
	}

	private static String slashBody(String user, String channel, String text, String responseUrl) {
		return form(Map.of("token", "t", "team_id", "T1", "team_domain", "fake", "channel_id", channel, "channel_name",
				channel.startsWith("D") ? "directmessage" : "allmänt", "user_id", user, "user_name", "anna", "command",
				"/samverka", "text", text)) + "&"
				+ form(Map.of("response_url", responseUrl, "trigger_id", "trigger-" + next(), "api_app_id", "A1"));
	}

	private void directMessage(String user, String channel, String text) throws Exception {
		JsonObject event = new JsonObject();
		event.addProperty("type", "message");
		event.addProperty("user", user);
		event.addProperty("text", text);
		event.addProperty("ts", "1700000000.0001");
		event.addProperty("channel", channel);
		event.addProperty("event_ts", "1700000000.0001");
		event.addProperty("channel_type", "im");
		JsonObject envelope = new JsonObject();
		envelope.addProperty("token", "t");
		envelope.addProperty("team_id", "T1");
		envelope.addProperty("api_app_id", "A1");
		envelope.add("event", event);
		envelope.addProperty("type", "event_callback");
		envelope.addProperty("event_id", "Ev" + next());
		envelope.addProperty("event_time", 1700000000);
		assertThat(post(envelope.toString(), "application/json").statusCode()).isEqualTo(200);
	}

	/** Signed with the application's clock, as Slack would sign at that time. */
	private HttpResponse<String> post(String body, String contentType) throws Exception {
		String ts = String.valueOf(clock.instant().getEpochSecond());
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
			.header("Content-Type", contentType)
			.header("X-Slack-Request-Timestamp", ts)
			.header("X-Slack-Signature", new SlackSignature(SECRET).sign(ts, body.getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String form(Map<String, String> fields) {
		return String.join("&", fields.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.toList());
	}

	private static String next() {
		return ids.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
	}

}
