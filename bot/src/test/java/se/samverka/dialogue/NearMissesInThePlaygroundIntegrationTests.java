package se.samverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.web.PlaygroundClient.await;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.web.PlaygroundClient;
import se.samverka.web.PlaygroundClient.EventStream;

/**
 * Commands typed the way people type them, in the playground: with punctuation, without
 * å/ä/ö, glued together or with one slip, they run when one command fits; when several
 * fit the person is asked, and the button they press runs it. An anonymous command's text
 * is repeated nowhere, in a shared room not even on a button. Votes name the option by
 * its label on the card, and {@code kanske} is the middle answer.
 */
@SamverkaTest
class NearMissesInThePlaygroundIntegrationTests {

	private static final Pattern BUTTON = Pattern.compile("data-command=\"([^\"]+)\"");

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

	final String room = "nara-" + run;

	final String name = "Nära ord " + run;

	@BeforeEach
	void aNetworkJoinedWithAGluedCommandAMeetingAndABoard() {
		client = new PlaygroundClient(port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + name));
		assertThat(bo("gåmed " + code + " Polisen")).contains("Välkommen").contains("(tolkat som ”gå med ");
		assertThat(anna("möte skapa\nTräff 1\n2026-03-25 Växjö\n09:00 Välkommen\n10:00 Tack för idag"))
			.contains("Träff 1");
		assertThat(anna("vägg skapa Oro")).contains("Oro");
	}

	@Test
	void aNearMissOfOneCommandRunsIt() {
		assertThat(bo("Här!")).contains("Noterat: du är på plats på möte 1").doesNotContain("tolkat som");
		assertThat(bo("har")).contains("Du är redan noterad som på plats på möte 1");
		assertThat(anna("grupepr 2")).contains("har inget grupparbete kvar").contains("(tolkat som ”grupper 2”)");
		assertThat(bo("lapp: Mer fika")).contains("Lapp 1 sitter på väggen ”Oro”");
		assertThat(mongo.getCollection("notes").find(new Document("boardId", id("boards"))).first().getString("text"))
			.isEqualTo("Mer fika");
		// chat that only looks like a command stays chat
		assertThat(anna("har du sett agendan?")).contains("Jag förstår inte ”har du sett agendan?”");
		assertThat(attendances()).isEqualTo(1);
	}

	@Test
	void aNearMissOfSeveralAsksAndThePressedButtonRunsTheCommand() {
		String secret = "Hemlig lapp " + UUID.randomUUID();
		String asked = bo("lapp anom " + secret);
		assertThat(asked).contains("Menade du ”lapp” eller ”lapp anon”?")
			.contains("Inget görs förrän du trycker på en knapp");
		assertThat(mongo.getCollection("notes").countDocuments(new Document("boardId", id("boards")))).isZero();
		assertThat(everyDocument()).noneMatch(d -> d.contains(secret));

		String anonymous = buttons(asked).stream().filter(c -> c.contains("lapp anon ")).findFirst().orElseThrow();
		assertThat(anonymous).endsWith("lapp anon " + secret);
		assertThat(press(bo, "dm-" + bo, anonymous)).contains("Din anonyma lapp sitter på väggen ”Oro”");
		Document note = mongo.getCollection("notes").find(new Document("boardId", id("boards"))).first();
		assertThat(note.getString("text")).isEqualTo(secret);
		assertThat(note.get("authorId")).isNull();
		assertThat(transcript()).noneMatch(e -> e.contains(secret));

		// the bare first word of several commands
		String which = anna("lagesrapport");
		assertThat(which).contains("Menade du ”lägesrapport ").contains("”lägesrapport förhandsvisa”");
		assertThat(buttons(which)).containsExactlyInAnyOrder("lägesrapport schema", "lägesrapport förhandsvisa",
				"lägesrapport godkännande", "lägesrapport skicka", "lägesrapport e-post");

		assertThat(bo("language en")).contains("English");
		assertThat(bo("note anom Another")).contains("Did you mean “note” or “note anon”?")
			.contains("Nothing is done until you press a button");
		assertThat(bo("grupepr 2")).contains("(read as “grupper 2”)");
	}

	@Test
	void inASharedRoomANearMissThatMayBeAnAnonymousCommandIsRefusedLikeTheCommand() {
		EventStream roomPage = client.follow(room, anna);
		await("the room's stream is open", () -> roomPage.has("event:ready"));
		String secret = "Hemlig lapp " + UUID.randomUUID();
		for (String typed : List.of("lapp anom " + secret, "lappanon " + secret, "lapp anon: " + secret)) {
			assertThat(client.say(bo, room, typed).html()).as(typed)
				.contains("tar jag bara emot i ett personligt meddelande till mig")
				.doesNotContain("Menade du")
				.doesNotContain(secret);
		}
		assertThat(mongo.getCollection("notes").countDocuments(new Document("boardId", id("boards")))).isZero();
		assertThat(everyDocument()).noneMatch(d -> d.contains(secret));
		assertThat(client.get("/playground/api/rooms/" + room + "/history?browserId=" + anna).raw())
			.doesNotContain(secret);
		assertThat(roomPage.lines).noneMatch(l -> l.contains(secret) || l.contains("lapp anom"));
		roomPage.close();
	}

	@Test
	void votesNameTheOptionByItsLabelOnTheCard() {
		assertThat(anna("omröstning Nästa träff? | 2027-09-29 | 2027-09-30 | 2027-10-01")).contains("Omröstning 1");
		assertThat(bo("rösta 1 29 sep ja")).contains("Du svarade ja på alternativ 1 (2027-09-29)");
		assertThat(bo("rösta 1 30/9 kanske")).contains("Du svarade om det behövs på alternativ 2 (2027-09-30)");
		assertThat(bo("vote 1 Oct 1 no")).contains("Du svarade nej på alternativ 3 (2027-10-01)");
		assertThat(bo("rösta 1 2 okt ja")).contains("Jag hittar inget alternativ ”2 okt” i omröstning 1")
			.contains("1. 2027-09-29 (onsdag)")
			.contains("3. 2027-10-01 (fredag)");
		assertThat(votes(1)).isEqualTo(new Document(Map.of("1", "YES", "2", "MAYBE", "3", "NO")));

		assertThat(anna("omröstning Var ses vi? | Umeå | Luleå, Kulturens hus | Luleå tekniska universitet"))
			.contains("Omröstning 2");
		assertThat(bo("rösta 2 Umeå ja")).contains("Du svarade ja på alternativ 1 (Umeå)");
		assertThat(bo("rösta umea kanske!")).contains("Du svarade om det behövs på alternativ 1 (Umeå)");
		assertThat(bo("rösta 2 Luleå ja")).contains("”Luleå” passar flera alternativ i omröstning 2")
			.contains("2. Luleå, Kulturens hus")
			.contains("3. Luleå tekniska universitet")
			.doesNotContain("1. Umeå");
		assertThat(votes(2)).isEqualTo(new Document(Map.of("1", "MAYBE")));

		// a vote by label in an anonymous poll is refused in the shared room, as by
		// number
		assertThat(anna("omröstning Fika? | Bulle | Semla | anonym")).contains("Omröstning 3");
		assertThat(client.say(bo, room, "rösta 3 Semla ja").html())
			.contains("tar jag bara emot i ett personligt meddelande till mig");
		assertThat(bo("rösta 3 semla ja")).contains("Du svarade ja på alternativ 2 (Semla)");
	}

	private String anna(String text) {
		return client.say(anna, room, text).html();
	}

	private String bo(String text) {
		return client.say(bo, "dm-" + bo, text).html();
	}

	private String press(String browser, String roomId, String command) {
		return client
			.post(roomId, Map.of("clientMessageId", UUID.randomUUID().toString(), "browserId", browser, "displayName",
					"Anna " + browser, "locale", "sv", "command", command, "inputs", Map.of()))
			.html();
	}

	/** The buttons' commands, without the network they are scoped to. */
	private static List<String> buttons(String html) {
		List<String> commands = new ArrayList<>();
		Matcher m = BUTTON.matcher(html);
		while (m.find()) {
			commands.add(m.group(1).replaceFirst("^@\\S+ ", ""));
		}
		return commands;
	}

	private String networkId() {
		return mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
	}

	private String id(String collection) {
		return mongo.getCollection(collection).find(new Document("networkId", networkId())).first().getString("_id");
	}

	private long attendances() {
		return mongo.getCollection("attendance").countDocuments(new Document("meetingId", id("meetings")));
	}

	private Document votes(int poll) {
		String pollId = mongo.getCollection("polls")
			.find(new Document("networkId", networkId()).append("number", poll))
			.first()
			.getString("_id");
		return mongo.getCollection("poll_votes")
			.find(new Document("pollId", pollId))
			.first()
			.get("answers", Document.class);
	}

	private List<String> transcript() {
		List<String> entries = new ArrayList<>();
		mongo.getCollection("transcript").find().forEach(d -> entries.add(d.toJson()));
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
