package se.samverka.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.web.PlaygroundClient.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.BackgroundWork;
import se.samverka.Ledger;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.web.PlaygroundClient.EventStream;
import se.samverka.web.PlaygroundClient;

/**
 * Date polls in the playground, over HTTP: created by an organiser, voted on by text and
 * by the command a card's button sends, votes changed and repeated, a reminder to those
 * who have not voted, closed by the scheduler at the deadline with the result announced
 * and the next meeting planned, late votes refused; anonymous polls that keep no names;
 * bad input that stores nothing; the seed's Swedish dates ("29 sep | 30 sep | 1 okt")
 * planning the meeting, and free text that says it plans none.
 */
@SamverkaTest
class PollsInThePlaygroundIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	PlaygroundClient client;

	final String anna = "anna-" + UUID.randomUUID().toString().substring(0, 8);

	final String bo = "bo-" + UUID.randomUUID().toString().substring(0, 8);

	final String cia = "cia-" + UUID.randomUUID().toString().substring(0, 8);

	final String room = "poll-" + UUID.randomUUID().toString().substring(0, 8);

	String networkId;

	@BeforeEach
	void connect() {
		client = new PlaygroundClient(port);
		clock.set(Instant.parse("2021-08-20T10:00:00Z"));
	}

	void network(String prefix) {
		String name = prefix + " " + UUID.randomUUID().toString().substring(0, 6);
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + name));
		client.say(bo, "dm-" + bo, "gå med " + code + " Polisen");
		client.say(cia, "dm-" + cia, "gå med " + code + " Skolan");
		networkId = mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
	}

	String anna(String text) {
		return client.say(anna, room, text).html();
	}

	String bo(String text) {
		return client.say(bo, "dm-" + bo, text).html();
	}

	String cia(String text) {
		return client.say(cia, "dm-" + cia, text).html();
	}

	Document poll(int number) {
		return mongo.getCollection("polls").find(new Document("networkId", networkId).append("number", number)).first();
	}

	String history(String browser) {
		return client.get("/playground/api/rooms/dm-" + browser + "/history?browserId=" + browser).raw();
	}

	@Test
	void aQuorumPollsCardSaysWhichOptionsEveryOrganisationCanDo() {
		network("Kvorum");
		assertThat(anna("omröstning Vilken dag? | 2021-09-29 | 2021-10-01 | kvorum")).contains("Kvorum");
		String roomHistory = client.get("/playground/api/rooms/" + room + "/history?browserId=" + anna).raw();
		assertThat(roomHistory).contains("0 av 2 organisationer har ja");

		bo("rösta 1 1 ja");
		cia("rösta 1 1 ja");
		cia("rösta 1 2 ja");
		clock.set(clock.instant().plusSeconds(6));
		BackgroundWork.runDue(runner, mongo);
		// every vote in (a refresh may come between them: wait for the last)
		await("the card is refreshed", () -> {
			String history = client.get("/playground/api/rooms/" + room + "/history?browserId=" + anna).raw();
			return history.contains("alla organisationer har ja") && history.contains("1 av 2 organisationer har ja");
		});
		String refreshed = client.get("/playground/api/rooms/" + room + "/history?browserId=" + anna).raw();
		assertThat(refreshed).contains("ja 2 · om det behövs 0 · ✓ alla organisationer har ja")
			.contains("ja 1 · om det behövs 0 · 1 av 2 organisationer har ja");
		// a typed vote in an ordinary poll stays in the voter's personal chat
		assertThat(history(cia)).contains("rösta 1 2 ja").contains("Du svarade ja på alternativ 2");
		// a pressed button there is kept as what it did
		PlaygroundClient.Reply pressed = client.post("dm-" + bo,
				java.util.Map.of("clientMessageId", UUID.randomUUID().toString(), "browserId", bo, "displayName",
						"Anna " + bo, "locale", "sv", "command", "vote 1 2 maybe"));
		String echo = pressed.body().path("echo").asString();
		assertThat(echo).startsWith("röstade om det behövs på ");
		assertThat(history(bo)).contains("\"text\":\"" + echo + "\"").doesNotContain("vote 1 2 maybe");
	}

	@Test
	void aDatePollClosesItselfAtTheDeadlineAnnouncesTheResultAndPlansTheMeeting() throws Exception {
		network("Datum");
		EventStream page = client.follow(room, anna);
		await("the stream is open", () -> page.has("event:ready"));

		assertThat(
				anna("omröstning Nästa träff? | 2021-09-29 | 2021-09-29–30 | 2021-10-01 | deadline 2021-09-01 12:00"))
			.contains("Omröstning 1 ”Nästa träff?” är startad med 3 alternativ")
			.contains("stänger av sig själv onsdag 1 september 2021 kl. 12:00");
		String pollId = poll(1).getString("_id");
		assertThat(
				mongo.getCollection("due_work").find(new Document("subject", pollId)).into(new java.util.ArrayList<>()))
			.extracting(d -> d.getString("kind") + "@" + d.getDate("dueAt").toInstant())
			.containsExactlyInAnyOrder("poll.close@2021-09-01T10:00:00Z", "poll.remind@2021-08-30T10:00:00Z");

		assertThat(bo("rösta 1 1 ja")).contains("Du svarade ja på alternativ 1 (2021-09-29) i omröstning 1");
		assertThat(bo("rösta 1 2 om det behövs")).contains("Du svarade om det behövs på alternativ 2 (2021-09-29–30)");
		assertThat(bo("rösta 1 1 nej")).as("a new answer replaces the old one")
			.contains("Du svarade nej på alternativ 1");
		// what the card's button sends, clicked twice
		assertThat(cia("vote 1 3 yes")).contains("Du svarade ja på alternativ 3 (2021-10-01)");
		assertThat(cia("vote 1 3 yes")).contains("Du svarade ja på alternativ 3");
		assertThat(cia("rösta 1 9 ja")).contains("Det finns inget alternativ 9 i omröstning 1; välj ett från 1 till 3");
		assertThat(cia("rösta 7 1 ja")).contains("Det finns ingen omröstning 7");
		assertThat(cia("rösta 1 1 kanske-inte"))
			.contains("Skriv omröstningens nummer, alternativets nummer och ditt svar");

		assertThat(mongo.getCollection("poll_votes").countDocuments(new Document("pollId", pollId))).isEqualTo(2);
		Document bos = mongo.getCollection("poll_votes")
			.find(new Document("pollId", pollId).append("organisation", "Polisen"))
			.first();
		assertThat(bos.get("answers", Document.class)).isEqualTo(new Document(Map.of("1", "NO", "2", "MAYBE")));

		String votes = anna("omröstning röster 1");
		assertThat(votes).contains("Anna " + bo + " (Polisen)")
			.contains("1: nej, 2: om det behövs")
			.contains("Anna " + cia + " (Skolan)");
		assertThat(bo("omröstning röster 1")).contains("Bara nätverkets arrangörer kan använda");

		// 48 hours before the deadline, only Anna, who has not voted, is reminded
		clock.set(Instant.parse("2021-08-30T10:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		// reminders go out through the outbox, in the background
		await("Anna's reminder arrives", () -> history(anna).contains("Påminnelse: Nästa träff?"));
		assertThat(history(anna)).contains("Påminnelse: Nästa träff?")
			.contains("Omröstning 1 stänger 2021-09-01 12:00");
		assertThat(history(bo)).doesNotContain("Påminnelse");
		assertThat(history(cia)).doesNotContain("Påminnelse");

		clock.set(Instant.parse("2021-09-01T10:00:01Z"));
		BackgroundWork.runDue(runner, mongo);

		Document closed = poll(1);
		assertThat(closed.getString("state")).isEqualTo("CLOSED");
		assertThat(closed.getInteger("winner")).isEqualTo(3);
		await("the result is announced in the network's room",
				() -> page.has("Resultat av omröstning 1: Nästa träff?"));
		assertThat(page.lines).anyMatch(l -> l.contains("Det blev 2021-10-01 (1 ja, 0 om det behövs)"));
		Document meeting = mongo.getCollection("meetings").find(new Document("networkId", networkId)).first();
		assertThat(meeting).isNotNull();
		assertThat(meeting.getString("title")).isEqualTo("Nätverksträff");
		assertThat(meeting.getDate("startsAt").toInstant()).isEqualTo(Instant.parse("2021-10-01T07:00:00Z"));
		String announced = String.join("\n", page.lines);
		Matcher link = Pattern.compile("(/calendar/" + meeting.getString("_id") + "\\.ics\\?sig=[A-Za-z0-9_-]+)")
			.matcher(announced);
		assertThat(link.find()).as(announced).isTrue();
		var calendar = client.getRaw(link.group(1));
		assertThat(calendar.statusCode()).isEqualTo(200);
		assertThat(calendar.body()).contains("BEGIN:VEVENT").contains("20211001");
		assertThat(anna("möte lista")).contains("Nätverksträff");

		assertThat(bo("rösta 1 1 ja")).contains("Omröstning 1 ”Nästa träff?” är stängd");
		assertThat(mongo.getCollection("poll_votes")
			.find(new Document("_id", bos.get("_id")))
			.first()
			.get("answers", Document.class)).as("the late vote changed nothing")
			.isEqualTo(new Document(Map.of("1", "NO", "2", "MAYBE")));
		assertThat(anna("omröstning stäng 1")).contains("Omröstning 1 ”Nästa träff?” är redan stängd");
		page.close();
	}

	@Test
	void aPollFoundLateAfterDowntimeStillClosesButItsRemindersAreNotSentAfterTheDeadline() {
		network("Sent");
		anna("omröstning Sent? | 2021-09-29 | 2021-10-01 | deadline 2021-09-01 12:00");
		assertThat(bo("rösta 1 2 ja")).contains("Du svarade ja");
		assertThat(anna("omröstning Kort? | a | b | deadline 2021-08-21 12:00")).contains("Omröstning 2");
		assertThat(mongo.getCollection("due_work")
			.countDocuments(new Document("subject", poll(2).getString("_id")).append("kind", "poll.remind")))
			.as("created within 48 hours of its deadline: no reminder")
			.isZero();

		clock.set(Instant.parse("2021-09-05T08:00:00Z"));
		assertThat(bo("rösta 1 1 ja")).as("past the deadline, even before it was closed").contains("är stängd");
		BackgroundWork.runDue(runner, mongo);

		assertThat(poll(1).getString("state")).isEqualTo("CLOSED");
		assertThat(poll(1).getInteger("winner")).isEqualTo(2);
		assertThat(poll(2).getString("state")).isEqualTo("CLOSED");
		assertThat(poll(2).get("winner")).as("nobody voted").isNull();
		assertThat(history(cia)).doesNotContain("Påminnelse");
		assertThat(mongo.getCollection("due_work")
			.find(new Document("kind", "poll.remind").append("subject", poll(1).getString("_id")))
			.first()
			.getString("state")).isEqualTo("DONE");
		// the results go out through the outbox
		Ledger.awaitIdle(mongo, networkId);
		assertThat(client.get("/playground/api/rooms/" + room + "/history?browserId=" + anna).raw())
			.contains("Resultat av omröstning 1")
			.contains("Resultat av omröstning 2")
			.contains("ingen vinnare");
	}

	@Test
	void aResultACrashKeptFromBeingAnnouncedIsAnnouncedByTheCloseWorkOnce() {
		network("Krasch");
		anna("omröstning Krasch? | 2021-09-29 | 2021-10-01 | deadline 2021-09-01 12:00");
		assertThat(bo("rösta 1 1 ja")).contains("Du svarade ja");
		// as if an instance closed the poll and died before announcing anything
		mongo.getCollection("polls")
			.updateOne(new Document("_id", poll(1).getString("_id")),
					new Document("$set", new Document("state", "CLOSED")));

		clock.set(Instant.parse("2021-09-01T10:00:00Z"));
		BackgroundWork.runDue(runner, mongo);

		assertThat(poll(1).getInteger("winner")).isEqualTo(1);
		assertThat(mongo.getCollection("meetings").countDocuments(new Document("networkId", networkId))).isEqualTo(1);
		assertThat(anna("omröstning stäng 1")).contains("redan stängd");
		// the result goes out through the outbox, in the background
		await("the result is announced",
				() -> client.get("/playground/api/rooms/" + this.room + "/history?browserId=" + anna)
					.raw()
					.contains("Resultat av omröstning 1"));
		clock.set(Instant.parse("2021-09-02T10:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		Ledger.awaitIdle(mongo, networkId);
		String room = client.get("/playground/api/rooms/" + this.room + "/history?browserId=" + anna).raw();
		assertThat(room.split("Resultat av omröstning 1", -1)).as("announced once").hasSize(2);
	}

	@Test
	void anAnonymousPollKeepsOneVotePerPersonButNoNames() {
		network("Anonym");

		assertThat(anna("""
				omröstning Var ska vi fika?
				- Kanelbulle
				- Semla
				anonym""")).contains("Omröstning 1 ”Var ska vi fika?” är startad med 2 alternativ").contains("Anonym");
		assertThat(bo("rösta 1 ja")).as("the newest open poll without its number")
			.contains("Du svarade ja på alternativ 1 (Kanelbulle)");
		assertThat(bo("rösta 1 2 ja")).contains("Du svarade ja på alternativ 2");
		assertThat(cia("rösta 1 2 nej")).contains("Du svarade nej på alternativ 2");

		String pollId = poll(1).getString("_id");
		List<Document> votes = mongo.getCollection("poll_votes")
			.find(new Document("pollId", pollId))
			.into(new java.util.ArrayList<>());
		assertThat(votes).hasSize(2).allSatisfy(v -> {
			assertThat(v.get("personId")).isNull();
			assertThat(v.getString("voterKey")).startsWith("anon:");
			assertThat(v.toJson()).doesNotContain(bo).doesNotContain(cia);
		});
		String boId = mongo.getCollection("people").find(new Document("userId", bo)).first().getString("_id");
		assertThat(votes).noneMatch(v -> v.toJson().contains(boId));
		assertThat(mongo.getCollection("transcript")
			.find(new Document("networkId", networkId))
			.into(new java.util.ArrayList<>())).noneMatch(e -> String.valueOf(e.get("text")).startsWith("rösta"));
		assertThat(anna("omröstning röster 1")).contains("Omröstning 1 är anonym");
		// in an anonymous poll not even the voter's own chat keeps it: it would link them
		assertThat(history(bo)).doesNotContain("rösta 1").doesNotContain("Du svarade");

		assertThat(bo("omröstning stäng 1")).contains("Bara nätverkets arrangörer kan använda");
		assertThat(anna("omröstning stäng"))
			.contains("Omröstning 1 ”Var ska vi fika?” är stängd och resultatet skickades till 1 samtal");
		assertThat(poll(1).getInteger("winner")).isEqualTo(1);
		assertThat(mongo.getCollection("meetings").countDocuments(new Document("networkId", networkId)))
			.as("a free-text result plans no meeting")
			.isZero();
		assertThat(cia("rösta 1 1 ja")).contains("är stängd");
		assertThat(anna("omröstning lista")).contains("Var ska vi fika?").contains("stängd");
	}

	@Test
	void withoutAPollTheCommandAnswersWithAFormWhoseExampleWorks() {
		network("Formulär");

		String form = anna("omröstning");

		assertThat(form).contains("Ny omröstning").contains("<textarea").contains("Starta omröstningen");
		Matcher example = Pattern.compile("<textarea[^>]*>([^<]*)</textarea>").matcher(form);
		assertThat(example.find()).as(form).isTrue();
		String typed = example.group(1).replace("&amp;", "&");
		// a submitted form is its button's command followed by what is in the input
		assertThat(anna("poll " + typed)).contains("Omröstning 1 ”När ses vi nästa gång?” är startad med 3 alternativ")
			.contains("stänger av sig själv fredag 3 september 2021 kl. 12:00");
		assertThat(poll(1).getList("options", Document.class)).extracting(o -> o.get("end"))
			.as("the example's range is a range")
			.filteredOn(e -> e != null)
			.hasSize(1);
	}

	@Test
	void badPollsGetClearRepliesAndNothingIsStored() {
		network("Fel");
		String sixty = IntStream.rangeClosed(1, 60).mapToObj(i -> "Alternativ " + i).collect(Collectors.joining(" | "));

		assertThat(anna("omröstning Bara en? | 2021-09-29")).contains("minst 2 alternativ (nu 1)")
			.contains("Inget sparades");
		assertThat(anna("omröstning Många? | " + sixty)).contains("Omröstningen har 60 alternativ; högst 25");
		assertThat(anna("omröstning När? | a | b | deadline 2021-08-19 12:00"))
			.contains("Deadline torsdag 19 augusti 2021 kl. 12:00 har redan passerat");
		assertThat(anna("omröstning När? | a | b | deadline nästa fredag"))
			.contains("”nästa” är inget datum jag förstår. Skriv till exempel 17/9, 17 sep eller 2021-09-17");
		assertThat(anna("omröstning Fråga utan alternativ")).contains("Skriv frågan och minst två alternativ")
			.doesNotContain("(nu 0)");
		assertThat(bo("omröstning Får jag? | a | b")).contains("Bara nätverkets arrangörer kan använda");
		assertThat(bo("rösta 1 1 ja")).contains("Det finns ingen omröstning 1");
		assertThat(bo("rösta 1 ja")).contains("ingen öppen omröstning");
		assertThat(mongo.getCollection("polls").countDocuments(new Document("networkId", networkId))).isZero();
	}

	@Test
	void theSeedsSwedishDateOptionsCloseAndPlanTheNextMeeting() {
		network("Svenska datum");
		EventStream page = client.follow(room, anna);
		await("the stream is open", () -> page.has("event:ready"));

		String created = anna("omröstning Nästa träff | 29 sep | 30 sep | 1 okt | deadline 1/9 kl 12");

		assertThat(created).contains("Omröstning 1 ”Nästa träff” är startad med 3 alternativ")
			.contains("29 sep – onsdag 29 september 2021")
			.contains("30 sep – torsdag 30 september 2021")
			.contains("1 okt – fredag 1 oktober 2021")
			.contains("det som vinner blir nästa träff")
			.contains("stänger av sig själv onsdag 1 september 2021 kl. 12:00");
		assertThat(bo("rösta 1 2 ja")).contains("Du svarade ja på alternativ 2 (30 sep)");

		clock.set(Instant.parse("2021-09-01T10:00:01Z"));
		BackgroundWork.runDue(runner, mongo);

		await("the result is announced", () -> page.has("Resultat av omröstning 1: Nästa träff"));
		assertThat(String.join("\n", page.lines)).contains("Det blev 30 sep (1 ja, 0 om det behövs)")
			.contains("Nästa träff (möte 1) är inlagd torsdag 30 september 2021");
		Document meeting = mongo.getCollection("meetings").find(new Document("networkId", networkId)).first();
		assertThat(meeting.getDate("startsAt").toInstant()).isEqualTo(Instant.parse("2021-09-30T07:00:00Z"));
		page.close();
	}

	@Test
	void aPollOfFreeTextSaysItPlansNoMeetingWhenMadeAndWhenClosed() {
		network("Fritext");
		EventStream page = client.follow(room, anna);
		await("the stream is open", () -> page.has("event:ready"));

		assertThat(anna("omröstning Var fikar vi? | Kanelbulle | Semla"))
			.contains("Alternativen är inga datum, så ingen träff planeras av sig själv");
		bo("rösta 1 2 ja");
		assertThat(anna("omröstning stäng 1")).contains("är stängd");

		await("the result is announced", () -> page.has("Resultat av omröstning 1: Var fikar vi?"));
		assertThat(String.join("\n", page.lines)).contains("Det blev Semla")
			.contains("Det vinnande alternativet är inget datum, så ingen träff planeras av sig själv");
		assertThat(mongo.getCollection("meetings").countDocuments(new Document("networkId", networkId))).isZero();
		page.close();
	}

	@Test
	void aDateThatIsNotOneIsNamedWithAnExampleFromToday() {
		network("Fel datum");
		assertThat(anna("omröstning Nästa träff | 29 sep | 30/2")).contains("”30/2” finns inte i almanackan")
			.contains("17/9, 17 sep eller 2021-09-17")
			.contains("Inget sparades");
		assertThat(anna("omröstning Nästa träff | 29 sep 30 sep | 1 okt")).contains("Sätt ett | mellan dem");
		assertThat(mongo.getCollection("polls").countDocuments(new Document("networkId", networkId))).isZero();
	}

}
