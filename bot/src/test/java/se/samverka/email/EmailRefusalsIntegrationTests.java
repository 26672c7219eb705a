package se.samverka.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverka.Ledger;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.web.PlaygroundClient;

/**
 * What the mail server's refusals mean: a 550 (no such user) makes the person
 * unreachable, shown by name to organisers in {@code utskick} and never retried; a 451
 * (try again later) is retried under the ledger's backoff until the mail is accepted,
 * once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
@ContextConfiguration(initializers = SamverkaTest.SharedFakes.class)
class EmailRefusalsIntegrationTests {

	static final RefusingSmtp SMTP = new RefusingSmtp();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SMTP::port);
		registry.add("samverka.email.from", () -> "samverka@kommun.example");
	}

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	PlaygroundClient client;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + run;

	final String room = "refusals-" + run;

	String networkId;

	@BeforeEach
	void network() {
		client = new PlaygroundClient(port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String name = "Avvisad " + run;
		PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + name));
		networkId = mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
	}

	String anna(String text) {
		return client.say(anna, room, text).html();
	}

	Document invitationTo(String email) {
		String person = mongo.getCollection("webMembers").find(new Document("email", email)).first().getString("_id");
		return mongo.getCollection("outbox")
			.find(new Document("network", networkId).append("personId", person)
				.append("messageKey", new Document("$regex", "^invite:")))
			.first();
	}

	@Test
	void aMailboxThatDoesNotExistMakesThePersonUnreachableByNameNotByAddress() {
		String olle = "olle.nord." + run + "@finns-inte.example";
		SMTP.noSuchUser(olle);
		anna("bjud in " + olle + " Kommunen");
		Ledger.awaitIdle(mongo, networkId);

		Document entry = invitationTo(olle);
		assertThat(entry.getString("state")).isEqualTo("UNREACHABLE");
		assertThat(entry.getString("note")).isEqualTo("smtp 550");
		assertThat(SMTP.triesFor(olle)).as("a permanent refusal is not retried").isEqualTo(1);
		assertThat(SMTP.deliveredTo(olle)).isZero();
		String deliveries = anna("utskick");
		assertThat(deliveries).contains("Olle Nord").doesNotContain(olle);
	}

	@Test
	void aBusyMailServerIsTriedAgainUntilItTakesTheMailOnce() {
		String pia = "pia.berg." + run + "@kommun.example";
		SMTP.busy(pia, 2);
		anna("bjud in " + pia + " Kommunen");
		PlaygroundClient.await("the mail server takes the invitation", () -> SMTP.deliveredTo(pia) == 1);
		Ledger.awaitIdle(mongo, networkId);

		Document entry = invitationTo(pia);
		assertThat(entry.getString("state")).isEqualTo("SENT");
		assertThat(SMTP.triesFor(pia)).isEqualTo(3);
		assertThat(SMTP.deliveredTo(pia)).isEqualTo(1);
	}

}
