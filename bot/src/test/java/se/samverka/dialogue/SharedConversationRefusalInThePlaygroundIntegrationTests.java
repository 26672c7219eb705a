package se.samverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.web.PlaygroundClient.await;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.Ledger;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.web.PlaygroundClient;
import se.samverka.web.PlaygroundClient.EventStream;

/**
 * Anonymous commands typed in a shared playground room ({@code lapp anon},
 * {@code utvärdera}, {@code svar}, a vote in an anonymous poll) are refused: nothing of
 * them is stored (the conversation log included), the room's live stream and history do
 * not show them, and the person is told in their personal room how to do it there, in
 * their language. The same commands in the personal room, a click on an anonymous poll's
 * card in the room, and a typed vote in an open poll are taken.
 */
@SamverkaTest
class SharedConversationRefusalInThePlaygroundIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	PlaygroundClient client;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + run;

	final String bo = "bo-" + run;

	final String cia = "cia-" + run;

	final String room = "delat-" + run;

	final String name = "Delat rum " + run;

	@BeforeEach
	void aNetworkWithABoardHomeworkAnEvaluationAndTwoPolls() {
		client = new PlaygroundClient(port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + name));
		assertThat(client.say(bo, "dm-" + bo, "gå med " + code + " Polisen").html()).contains("Välkommen");
		assertThat(client.say(cia, "dm-" + cia, "gå med " + code + " Skolan").html()).contains("Välkommen");
		assertThat(anna("möte skapa\nTräff 1\n2026-03-25 Växjö\n09:00 Välkommen\n10:00 Tack för idag"))
			.contains("Träff 1");
		assertThat(anna("vägg skapa Oro")).contains("Oro");
		assertThat(anna("läxa 2026-04-30 | Vad tar vi med oss härifrån?")).contains("Läxa 1");
		assertThat(anna("omröstning Var ska vi fika? | Kanelbulle | Semla | anonym")).contains("Omröstning 1");
		assertThat(anna("omröstning Vilken dag? | Måndag | Tisdag")).contains("Omröstning 2");
		clock.set(Instant.parse("2026-03-26T09:00:00Z"));
		assertThat(anna("utvärdering skicka 1")).contains("träff 1");
	}

	@Test
	void anonymousCommandsTypedInTheRoomAreRefusedKeptNowhereAndExplainedPrivately() {
		EventStream roomPage = client.follow(room, anna);
		await("the room's stream is open", () -> roomPage.has("event:ready"));
		String note = "Hemlig lapp " + UUID.randomUUID();
		String comment = "Hemlig kommentar " + UUID.randomUUID();
		String answer = "Hemligt svar " + UUID.randomUUID();

		for (String typed : List.of("lapp anon " + note, "utvärdera 1 4 4 4 4 4 4 | " + comment, "svar 1 " + answer,
				"rösta 1 1 ja")) {
			PlaygroundClient.Reply reply = client.say(bo, room, typed);
			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.html()).as(typed)
				.contains("tar jag bara emot i ett personligt meddelande till mig")
				.contains("Jag har inte sparat något")
				.doesNotContain(note)
				.doesNotContain(comment)
				.doesNotContain(answer);
		}

		Ledger.awaitIdle(mongo, networkId());
		String bosRoom = history("dm-" + bo, bo);
		for (String command : List.of("lapp anon", "utvärdera", "svar", "rösta")) {
			assertThat(bosRoom)
				.contains("Skriv ”" + command + " …” till mig här i stället, så syns det inte för andra");
		}
		assertThat(bosRoom).contains("Till exempel: lapp anon").doesNotContain(note).doesNotContain(comment);

		// nothing of them anywhere: not filed, not in the conversation log
		assertThat(mongo.getCollection("notes").countDocuments(new Document("boardId", boardId()))).isZero();
		assertThat(mongo.getCollection("evaluation_answers")
			.countDocuments(new Document("evaluationId", id("evaluations")))).isZero();
		assertThat(mongo.getCollection("homework_answers").countDocuments(new Document("homeworkId", id("homework"))))
			.isZero();
		assertThat(mongo.getCollection("poll_votes").countDocuments(new Document("pollId", pollId(1)))).isZero();
		assertThat(everyDocument()).noneMatch(d -> d.contains(note) || d.contains(comment) || d.contains(answer));
		assertThat(roomTranscript()).isNotEmpty()
			.noneMatch(e -> e.contains(personId(bo)))
			.noneMatch(e -> e.contains("[note anon]") || e.contains("[evaluate]") || e.contains("[answer]")
					|| e.contains("[vote]"));
		// the room was not shown them, nor who tried
		PlaygroundClient.Reply roomHistory = client.get("/playground/api/rooms/" + room + "/history?browserId=" + anna);
		assertThat(roomHistory.raw()).contains("Var ska vi fika?")
			.doesNotContain("lapp anon")
			.doesNotContain("tar jag bara emot");
		assertThat(roomHistory.body().path("entries")).isNotEmpty()
			.noneMatch(e -> e.path("author").asString().contains(bo));
		assertThat(roomPage.lines).noneMatch(
				l -> l.contains(bo) || l.contains(note) || l.contains("lapp anon") || l.contains("tar jag bara emot"));
		roomPage.close();

		// the same, in the personal room, is taken
		assertThat(client.say(bo, "dm-" + bo, "lapp anon " + note).html()).contains("Din anonyma lapp");
		assertThat(client.say(bo, "dm-" + bo, "utvärdera 1 4 4 4 4 4 4 | " + comment).html()).contains("är sparat");
		assertThat(client.say(bo, "dm-" + bo, "svar 1 " + answer).html()).contains("Ditt svar på fråga 1");
		assertThat(client.say(bo, "dm-" + bo, "rösta 1 1 ja").html()).contains("Du svarade ja på alternativ 1");
		assertThat(mongo.getCollection("notes").countDocuments(new Document("boardId", boardId()))).isEqualTo(1);
		assertThat(mongo.getCollection("poll_votes").countDocuments(new Document("pollId", pollId(1)))).isEqualTo(1);
	}

	@Test
	void aClickOnTheAnonymousPollsCardInTheRoomCountsWithoutShowingTheVoterAndOpenPollsTakeTypedVotes() {
		EventStream roomPage = client.follow(room, anna);
		await("the room's stream is open", () -> roomPage.has("event:ready"));

		PlaygroundClient.Reply clicked = client.post(room, Map.of("clientMessageId", UUID.randomUUID().toString(),
				"browserId", cia, "displayName", "Anna " + cia, "locale", "sv", "command", "vote 1 2 yes"));
		assertThat(clicked.html()).contains("Du svarade ja på alternativ 2 (Semla)");
		assertThat(clicked.body().path("echo").asString()).as("what the button did, for the sender's page")
			.isEqualTo("röstade ja på Semla");
		assertThat(mongo.getCollection("poll_votes").find(new Document("pollId", pollId(1))).into(new ArrayList<>()))
			.singleElement()
			.satisfies(v -> assertThat(v.get("personId")).isNull());
		// an open poll's vote may be typed in the room, as before
		assertThat(client.say(bo, room, "rösta 2 1 ja").html()).contains("Du svarade ja på alternativ 1 (Måndag)");
		await("the open vote's exchange reaches the room", () -> roomPage.has("rösta 2 1 ja"));
		assertThat(roomPage.lines).noneMatch(l -> l.contains(cia) || l.contains("vote 1 2 yes"));
		assertThat(roomTranscript()).noneMatch(e -> e.contains(personId(cia)));
		// after a reload nobody sees "? [vote]" or the voter's private answer
		assertThat(history(room, anna)).doesNotContain("[vote]")
			.doesNotContain("(Semla)")
			.doesNotContain("röstade ja på Semla");
		roomPage.close();
	}

	@Test
	void theRefusalIsInThePersonsLanguage() {
		assertThat(client.say(cia, "dm-" + cia, "language en").html()).contains("English");
		String note = "Secret note " + UUID.randomUUID();

		assertThat(client.say(cia, room, "note anon " + note).html())
			.contains("I only take “note anon” in a personal message to me")
			.doesNotContain(note);

		Ledger.awaitIdle(mongo, networkId());
		assertThat(history("dm-" + cia, cia))
			.contains("Write “note anon …” to me here instead, so that nobody else sees it")
			.doesNotContain(note);
		assertThat(everyDocument()).noneMatch(d -> d.contains(note));
	}

	private String anna(String text) {
		return client.say(anna, room, text).html();
	}

	private String history(String roomId, String browser) {
		return client.get("/playground/api/rooms/" + roomId + "/history?browserId=" + browser).raw();
	}

	private String networkId() {
		return mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
	}

	private String id(String collection) {
		return mongo.getCollection(collection).find(new Document("networkId", networkId())).first().getString("_id");
	}

	private String boardId() {
		return id("boards");
	}

	private String pollId(int number) {
		return mongo.getCollection("polls")
			.find(new Document("networkId", networkId()).append("number", number))
			.first()
			.getString("_id");
	}

	private String personId(String browser) {
		return mongo.getCollection("people").find(new Document("userId", browser)).first().getString("_id");
	}

	/** The room's conversation log, one entry per stored message, as JSON. */
	private List<String> roomTranscript() {
		List<String> entries = new ArrayList<>();
		for (Document entry : mongo.getCollection("transcript")
			.find(new Document("conversation", "playground:playground:" + room))) {
			entries.add(entry.toJson());
		}
		return entries;
	}

	/** Every document of every collection, as JSON. */
	private List<String> everyDocument() {
		List<String> all = new ArrayList<>();
		for (String collection : mongo.getCollectionNames()) {
			mongo.getCollection(collection).find().forEach(d -> all.add(d.toJson()));
		}
		return all;
	}

}
