package se.samverka.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.Ledger;
import se.samverka.SamverkaTest;
import se.samverka.web.PlaygroundClient;

/**
 * Without an SMTP server e-mail is off: an organiser who invites someone by e-mail is
 * told the invitation cannot go, and the ledger has it as unreachable.
 */
@SamverkaTest
class EmailOffIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Test
	void anInvitationByEmailSaysEmailIsNotSetUp() {
		PlaygroundClient client = new PlaygroundClient(port);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String anna = "anna-" + run;
		String name = "Utan epost " + run;
		client.say(anna, "room-" + run, "nätverk skapa " + name);
		String networkId = mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
		String eva = "eva." + run + "@skolan.example";
		assertThat(client.say(anna, "room-" + run, "bjud in " + eva + " Skolan").html())
			.contains("e-post är inte inställt i Samverka");
		Ledger.awaitIdle(mongo, networkId);
		assertThat(mongo.getCollection("outbox")
			.find(new Document("network", networkId).append("messageKey", new Document("$regex", "^invite:")))
			.first()
			.getString("state")).isEqualTo("UNREACHABLE");
	}

}
