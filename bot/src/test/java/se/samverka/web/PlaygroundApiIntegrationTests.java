package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.web.PlaygroundClient.inviteCode;
import static se.samverka.web.PlaygroundClient.await;
import static se.samverka.web.PlaygroundClient.turn;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import se.samverka.SamverkaTest;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.delivery.Outbox;
import se.samverka.delivery.Recipient;
import se.samverka.web.PlaygroundClient.EventStream;
import se.samverka.web.PlaygroundClient.Reply;

/**
 * The playground API over real HTTP, in local dev mode, against the embedded database.
 */
@SamverkaTest
class PlaygroundApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Outbox outbox;

	PlaygroundClient client;

	final String anna = "anna-" + UUID.randomUUID();

	final String bo = "bo-" + UUID.randomUUID();

	@BeforeEach
	void connect() {
		client = new PlaygroundClient(port);
	}

	@Test
	void servesThePageInSwedishWithAStrictContentSecurityPolicy() {
		HttpResponse<String> page = client.getRaw("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValue(PlaygroundGate.CONTENT_SECURITY_POLICY);
		assertThat(PlaygroundGate.CONTENT_SECURITY_POLICY).contains("script-src 'self'").doesNotContain("unsafe");
		assertThat(page.body()).contains("<html lang=\"sv\">")
			.contains("Personlig chatt")
			.contains("<label for=\"name\">Ditt namn</label>")
			.doesNotContain("{{")
			.doesNotContain("<script>")
			.doesNotContain("http://")
			.doesNotContain("https://");
		assertThat(client.getRaw("/?lang=en").body()).contains("<html lang=\"en\">").contains("Personal chat");
		HttpResponse<String> script = client.getRaw("/playground/app.js");
		assertThat(script.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
		assertThat(script.body()).contains("EventSource");
		assertThat(client.getRaw("/playground/app.css").statusCode()).isEqualTo(200);
	}

	@Test
	void answersATypedMessageWithTheRepliesAsHtml() {
		Reply reply = client.say(anna, "dm-" + anna, "hjälp");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().path("duplicate").asBoolean()).isFalse();
		assertThat(reply.html()).contains("<h3>Samverka – det här kan jag</h3>")
			.contains("<dt>nätverk skapa &lt;namn&gt;</dt>")
			.contains("data-command=\"language en\"");
	}

	@Test
	void aButtonRunsItsCommandWithTheValuesOfTheInputs() {
		String room = "rum-" + UUID.randomUUID().toString().substring(0, 8);
		String code = inviteCode(client.say(anna, room, "nätverk skapa Knapptryck"));
		Map<String, Object> action = new LinkedHashMap<>(Map.of("clientMessageId", UUID.randomUUID().toString(),
				"browserId", bo, "displayName", "Bo", "locale", "sv", "command", "gå med"));
		Map<String, String> inputs = new LinkedHashMap<>();
		inputs.put("code", code);
		inputs.put("organisation", "Polisen Kronoberg");
		action.put("inputs", inputs);
		Reply joined = client.post("dm-" + bo, action);
		assertThat(joined.status()).isEqualTo(200);
		assertThat(joined.html()).contains("Välkommen till ”Knapptryck”").contains("Polisen Kronoberg");

		Reply english = client.post("dm-" + bo, Map.of("clientMessageId", UUID.randomUUID().toString(), "browserId", bo,
				"displayName", "Bo", "command", "language en"));
		assertThat(english.html()).contains("I&#39;ll talk to you in English now.");
	}

	@Test
	void aDoubleSubmitIsActedOnOnce() {
		String name = "Dubbel " + UUID.randomUUID();
		Map<String, Object> body = turn(anna, UUID.randomUUID().toString(), "nätverk skapa " + name);
		Reply first = client.post("dm-" + anna, body);
		Reply second = client.post("dm-" + anna, body);
		assertThat(first.body().path("duplicate").asBoolean()).isFalse();
		assertThat(first.html()).contains(name);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body().path("duplicate").asBoolean()).isTrue();
		assertThat(second.body().path("replies").size()).isZero();
		assertThat(mongo.count(Query.query(Criteria.where("name").is(name)), "networks")).isEqualTo(1);
	}

	@Test
	void refusesBadInputWithAFriendlyErrorInThePersonsLanguage() {
		String room = "dm-" + anna;
		Reply blank = client.post(room, turn(anna, UUID.randomUUID().toString(), "   "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body().path("message").asString()).isEqualTo("Skriv något först, till exempel hjälp.");

		Map<String, Object> english = new LinkedHashMap<>(turn(anna, UUID.randomUUID().toString(), ""));
		english.put("locale", "en");
		assertThat(client.post(room, english).body().path("message").asString())
			.isEqualTo("Type something first, for example help.");

		Map<String, Object> nameless = new LinkedHashMap<>(turn(anna, UUID.randomUUID().toString(), "hjälp"));
		nameless.put("displayName", " ");
		assertThat(client.post(room, nameless).body().path("message").asString()).startsWith("Skriv ditt namn");

		// a whole pasted agenda (28,000 characters) fits; a request past 128 KB does not
		Reply oversized = client.post(room, turn(anna, UUID.randomUUID().toString(), "x".repeat(140_000)));
		assertThat(oversized.status()).isEqualTo(400);
		assertThat(oversized.body().path("message").asString()).contains("för stort");

		Map<String, String> pageHeaders = Map.of("Content-Type", "application/json", "X-Samverka-Playground", "1");
		Reply malformed = client.post(room, "{\"clientMessageId\": [1, 2", pageHeaders);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.raw()).doesNotContain("Exception").doesNotContain("at ").contains("Ladda om sidan");
		assertThat(client.post(room, "null", pageHeaders).status()).isEqualTo(400);
		assertThat(client.post(room, "{\"clientMessageId\": \"<script>\"}", pageHeaders).status()).isEqualTo(400);

		Reply someoneElses = client.post("dm-" + bo, turn(anna, UUID.randomUUID().toString(), "hjälp"));
		assertThat(someoneElses.status()).isEqualTo(400);
		assertThat(client.post("Stora-Bokstaver", turn(anna, UUID.randomUUID().toString(), "hjälp")).status())
			.isEqualTo(400);

		assertThat(mongo.count(Query.query(Criteria.where("conversation").is("playground:playground:" + room)),
				"transcript"))
			.isZero();
	}

	@Test
	void refusesRequestsThatDidNotComeFromThePlaygroundPage() {
		String body = client.json.writeValueAsString(turn(anna, UUID.randomUUID().toString(), "nätverk skapa Kapat"));
		Reply noHeader = client.post("dm-" + anna, body, Map.of("Content-Type", "application/json"));
		assertThat(noHeader.status()).isEqualTo(403);
		assertThat(noHeader.body().path("message").asString()).contains("egen sida");
		Reply foreign = client.post("dm-" + anna, body, Map.of("Content-Type", "application/json",
				"X-Samverka-Playground", "1", "Origin", "http://evil.example"));
		assertThat(foreign.status()).isEqualTo(403);
		Reply form = client.post("dm-" + anna, "text=hej",
				Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Samverka-Playground", "1"));
		assertThat(form.status()).isEqualTo(415);
		assertThat(client.post("dm-" + anna, body, Map.of("Content-Type", "json;;==", "X-Samverka-Playground", "1"))
			.status()).isEqualTo(415);
		assertThat(mongo.count(Query.query(Criteria.where("name").is("Kapat")), "networks")).isZero();
	}

	@Test
	void aRoomsHistoryShowsTheDialogueAfterAReload() {
		String room = "rum-" + UUID.randomUUID().toString().substring(0, 8);
		client.say(anna, room, "nätverk skapa <b>Minne</b>");
		Reply history = client.get("/playground/api/rooms/" + room + "/history?browserId=" + bo);
		assertThat(history.status()).isEqualTo(200);
		assertThat(history.body().path("entries").size()).isEqualTo(2);
		assertThat(history.body().path("entries").get(0).path("type").asString()).isEqualTo("in");
		assertThat(history.body().path("entries").get(0).path("author").asString()).isEqualTo("Anna " + anna);
		assertThat(history.body().path("entries").get(0).path("text").asString())
			.isEqualTo("nätverk skapa <b>Minne</b>");
		assertThat(history.body().path("entries").get(1).path("html").asString())
			.contains("<h3>Nätverket ”&lt;b&gt;Minne&lt;/b&gt;” är skapat</h3>")
			.contains("<dt>Inbjudningskod</dt>");
		assertThat(client.get("/playground/api/rooms/dm-" + anna + "/history?browserId=" + bo).status()).isEqualTo(400);
	}

	@Test
	void aJoinAnnouncementReachesEveryPageOpenOnTheNetworksHomeRoom() {
		String room = "rum-" + UUID.randomUUID().toString().substring(0, 8);
		String code = inviteCode(client.say(anna, room, "nätverk skapa Levande"));
		EventStream annasPage = client.follow(room, anna);
		await("the stream is open", () -> annasPage.has("event:ready"));
		assertThat(annasPage.status).isEqualTo(200);

		client.say(bo, "dm-" + bo, "gå med " + code + " Socialtjänsten Växjö");

		await("the announcement arrives", () -> annasPage.has("har gått med i nätverket"));
		assertThat(annasPage.lines).anySatisfy(l -> assertThat(l).contains("Socialtjänsten Växjö").contains("Levande"));
		annasPage.close();
	}

	@Test
	void aProactivePostReachesTheRoomLiveAndIsReplayedAfterAReconnect() {
		String room = "rum-" + UUID.randomUUID().toString().substring(0, 8);
		client.say(anna, room, "hjälp");
		long historyEnd = client.get("/playground/api/rooms/" + room + "/history?browserId=" + anna)
			.body()
			.path("lastEventId")
			.asLong();
		EventStream page = client.follow(room, anna);
		await("the stream is open", () -> page.has("event:ready"));
		Message card = Message.builder()
			.paragraph("Påminnelse: svara på <enkäten> & kom i tid")
			.buttons(Button.of("Hjälp", "hjälp"))
			.build();
		outbox.enqueue("proactive:" + room, new se.samverka.chat.NetworkId("playground"),
				Recipient.conversation(new ConversationKey(Channel.PLAYGROUND, "playground", room)), card);
		await("the post arrives", () -> page.has("Påminnelse"));
		assertThat(page.lines).anySatisfy(l -> assertThat(l).contains("event:out"));
		assertThat(String.join("\n", page.lines)).contains("svara på &lt;enkäten&gt; &amp; kom i tid")
			.contains("data-command=\\\"hjälp\\\"");
		page.close();

		// A page that loaded the history before the post gets it replayed from the room's
		// recent events.
		EventStream latePage = client.follow(room, anna, "&after=" + historyEnd, Map.of());
		await("the missed post is replayed", () -> latePage.has("Påminnelse"));
		latePage.close();

		// A browser reconnecting after the post does not get it again.
		String postId = page.lines.stream()
			.filter(l -> l.startsWith("id:"))
			.reduce((a, b) -> b)
			.orElseThrow()
			.substring(3)
			.strip();
		EventStream reconnected = client.follow(room, anna, "&after=" + historyEnd, Map.of("Last-Event-ID", postId));
		await("the stream is open", () -> reconnected.has("event:ready"));
		client.say(anna, room, "språk sv");
		await("the next message arrives", () -> reconnected.has("Jag pratar svenska"));
		assertThat(reconnected.has("Påminnelse")).isFalse();
		reconnected.close();
	}

	@Test
	void othersInASharedRoomSeeWhatWasSaidAndAnswered() {
		String room = "rum-" + UUID.randomUUID().toString().substring(0, 8);
		EventStream bosPage = client.follow(room, bo);
		await("the stream is open", () -> bosPage.has("event:ready"));
		String clientMessageId = UUID.randomUUID().toString();
		client.post(room, turn(anna, clientMessageId, "nätverk skapa Delat & klart"));
		await("the reply arrives", () -> bosPage.has("Inbjudningskod"));
		String stream = String.join("\n", bosPage.lines);
		assertThat(stream).contains("event:in")
			.contains("\"author\":\"Anna " + anna + "\"")
			.contains("\"text\":\"nätverk skapa Delat & klart\"")
			.contains("Delat &amp; klart")
			.contains(clientMessageId);
		assertThat(stream.indexOf("event:in")).isLessThan(stream.indexOf("event:out"));
		bosPage.close();
	}

}
