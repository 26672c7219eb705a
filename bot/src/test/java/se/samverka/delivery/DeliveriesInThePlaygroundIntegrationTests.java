package se.samverka.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.web.PlaygroundClient.await;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.web.PlaygroundClient.EventStream;
import se.samverka.web.PlaygroundClient;

/**
 * The outbox in the playground, over HTTP: a group split goes out through it (the
 * network's room and each member's personal room, once each) and the organiser sees the
 * sends with {@code utskick}; members are refused.
 */
@SamverkaTest
class DeliveriesInThePlaygroundIntegrationTests {

	static final String AGENDA = """
			Nätverksträff 2 – Barnens bästa gäller!
			2026-03-25 Digitalt via Teams
			09:00 Välkommen | Ann-Christine Andersson
			09:30 Grupparbete: Roller & mandat (30 min)
			  Förväntningar på oss inom vår egen enhet/verksamhet
			10:00 Tack för idag""";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	PlaygroundClient client;

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + suffix;

	final String room = "utskick-" + suffix;

	@BeforeEach
	void connect() {
		client = new PlaygroundClient(port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
	}

	@Test
	void aGroupSplitGoesThroughTheOutboxOnceEachAndTheOrganiserSeesItsCounts() {
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa Utskick " + suffix));
		// the one send so far: the organiser code, to Anna's personal room (made in a
		// shared room, the network's organiser code is never shown there)
		String organiserCode = mongo.getCollection("networks")
			.find(new Document("name", "Utskick " + suffix))
			.first()
			.getString("organiserCode");
		assertThat(client.say(anna, room, "utskick").html()).contains("Arrangörskod för ”Utskick " + suffix + "”")
			.doesNotContain(organiserCode);
		List<String> members = new ArrayList<>();
		List<EventStream> streams = new ArrayList<>();
		for (String organisation : List.of("Polisen", "Skolan", "BUP")) {
			String member = organisation.toLowerCase() + "-" + suffix;
			assertThat(client.say(member, "dm-" + member, "gå med " + code + " " + organisation).html())
				.contains("Välkommen");
			EventStream stream = client.follow("dm-" + member, member);
			await("a personal stream is open", () -> stream.has("event:ready"));
			members.add(member);
			streams.add(stream);
		}
		client.say(anna, room, "möte skapa\n" + AGENDA);

		assertThat(client.say(anna, room, "grupper 3").html()).contains("Alla 3 har fått sin grupp");
		for (EventStream stream : streams) {
			await("the group arrives personally", () -> stream.has("Du är i grupp"));
		}

		String report = client.say(anna, room, "utskick").html();
		assertThat(report).contains("Senaste utskick")
			.contains("skickade 3, väntar 0, kunde inte nås 0, osäkra 0")
			.contains("skickade 1, väntar 0");
		for (EventStream stream : streams) {
			assertThat(stream.lines.stream().filter(l -> l.contains("Du är i grupp"))).hasSize(1);
			stream.close();
		}
		assertThat(client.say(members.get(0), "dm-" + members.get(0), "utskick").html())
			.contains("Bara nätverkets arrangörer");
	}

}
