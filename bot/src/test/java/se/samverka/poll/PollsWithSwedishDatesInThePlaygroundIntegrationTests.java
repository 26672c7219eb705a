package se.samverka.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.web.PlaygroundClient.await;

import java.time.Instant;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.web.PlaygroundClient;
import se.samverka.web.PlaygroundClient.EventStream;

/**
 * The seed meeting's own poll, "29 sep | 30 sep | 1 okt", in the playground: the options
 * are understood as dates (shown in full when the poll is made), the poll closes at a
 * deadline written the Swedish way and the winner plans the next meeting. A poll of free
 * text says, when made and when closed, that it plans no meeting.
 */
@SamverkaTest
class PollsWithSwedishDatesInThePlaygroundIntegrationTests {

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

	final String room = "datum-" + UUID.randomUUID().toString().substring(0, 8);

	String networkId;

	@BeforeEach
	void network() {
		client = new PlaygroundClient(port);
		clock.set(Instant.parse("2021-08-20T10:00:00Z"));
		String name = "Datum på svenska " + UUID.randomUUID().toString().substring(0, 6);
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + name));
		client.say(bo, "dm-" + bo, "gå med " + code + " Polisen");
		networkId = mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
	}

	@Test
	void theSeedsSwedishDateOptionsCloseAndPlanTheNextMeeting() {
		EventStream page = client.follow(room, anna);
		await("the stream is open", () -> page.has("event:ready"));

		String created = anna("omröstning Nästa träff | 29 sep | 30 sep | 1 okt | deadline 1/9 kl 12");

		assertThat(created).contains("Omröstning 1 ”Nästa träff” är startad med 3 alternativ")
			.contains("29 sep – onsdag 29 september 2021")
			.contains("30 sep – torsdag 30 september 2021")
			.contains("1 okt – fredag 1 oktober 2021")
			.contains("det som vinner blir nästa träff")
			.contains("stänger av sig själv onsdag 1 september 2021 kl. 12:00");
		assertThat(client.say(bo, "dm-" + bo, "rösta 1 2 ja").html())
			.contains("Du svarade ja på alternativ 2 (30 sep)");

		clock.set(Instant.parse("2021-09-01T10:00:01Z"));
		BackgroundWork.runDue(runner, mongo);

		await("the result is announced", () -> page.has("Resultat av omröstning 1: Nästa träff"));
		String announced = String.join("\n", page.lines);
		assertThat(announced).contains("Det blev 30 sep (1 ja, 0 om det behövs)")
			.contains("Nästa träff (möte 1) är inlagd torsdag 30 september 2021");
		Document meeting = mongo.getCollection("meetings").find(new Document("networkId", networkId)).first();
		assertThat(meeting.getDate("startsAt").toInstant()).isEqualTo(Instant.parse("2021-09-30T07:00:00Z"));
		page.close();
	}

	@Test
	void aPollOfFreeTextSaysItPlansNoMeetingWhenMadeAndWhenClosed() {
		EventStream page = client.follow(room, anna);
		await("the stream is open", () -> page.has("event:ready"));

		assertThat(anna("omröstning Var fikar vi? | Kanelbulle | Semla"))
			.contains("Alternativen är inga datum, så ingen träff planeras av sig själv");
		client.say(bo, "dm-" + bo, "rösta 1 2 ja");
		assertThat(anna("omröstning stäng 1")).contains("är stängd");

		await("the result is announced", () -> page.has("Resultat av omröstning 1: Var fikar vi?"));
		assertThat(String.join("\n", page.lines)).contains("Det blev Semla")
			.contains("Det vinnande alternativet är inget datum, så ingen träff planeras av sig själv");
		assertThat(mongo.getCollection("meetings").countDocuments(new Document("networkId", networkId))).isZero();
		page.close();
	}

	@Test
	void aDateThatIsNotOneIsNamedWithAnExampleFromToday() {
		assertThat(anna("omröstning Nästa träff | 29 sep | 30/2")).contains("”30/2” finns inte i almanackan")
			.contains("17/9, 17 sep eller 2021-09-17")
			.contains("Inget sparades");
		assertThat(anna("omröstning Nästa träff | 29 sep 30 sep | 1 okt")).contains("Sätt ett | mellan dem");
		assertThat(mongo.getCollection("polls").countDocuments(new Document("networkId", networkId))).isZero();
	}

	private String anna(String text) {
		return client.say(anna, room, text).html();
	}

}
