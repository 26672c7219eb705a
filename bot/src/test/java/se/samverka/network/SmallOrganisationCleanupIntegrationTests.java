package se.samverka.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.web.PlaygroundClient;

/**
 * Anonymous answers stored before small organisations were kept off them lose an
 * organisation of fewer than five members at start-up, and keep one of five or more:
 * evaluation answers and votes in an anonymous poll. Running it again changes nothing.
 */
@SamverkaTest
class SmallOrganisationCleanupIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	@Autowired
	SmallOrganisationCleanup cleanup;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + run;

	final String room = "small-" + run;

	@Test
	void anonymousAnswersKeepOnlyOrganisationsOfFiveOrMore() {
		PlaygroundClient client = new PlaygroundClient(port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa Små " + run));
		for (int i = 0; i < 5; i++) {
			client.say("s" + i + "-" + run, "dm-s" + i + "-" + run, "gå med " + code + " Skolan");
		}
		client.say("p-" + run, "dm-p-" + run, "gå med " + code + " Polisen");
		client.say(anna, room, "möte skapa\nTräff 1\n2026-03-25 Växjö\n09:00 Välkommen\n10:00 Tack för idag");
		client.say(anna, room, "omröstning Fika? | Bulle | Semla | anonym");
		clock.set(Instant.parse("2026-03-26T09:00:00Z"));
		assertThat(client.say(anna, room, "utvärdering skicka 1").html()).contains("träff 1");
		String networkId = idIn("networks", new Document("name", "Små " + run));
		String evaluationId = idIn("evaluations", new Document("networkId", networkId));
		String pollId = idIn("polls", new Document("networkId", networkId));
		for (String organisation : new String[] { "Polisen", "Skolan" }) {
			mongo.getCollection("evaluation_answers")
				.insertOne(
						new Document("_id", evaluationId + ":anon:" + organisation).append("evaluationId", evaluationId)
							.append("organisation", organisation));
			mongo.getCollection("poll_votes")
				.insertOne(new Document("_id", pollId + "|anon:" + organisation).append("pollId", pollId)
					.append("organisation", organisation));
		}

		cleanup.cleanUp();
		cleanup.cleanUp();

		for (String collection : new String[] { "evaluation_answers", "poll_votes" }) {
			assertThat(mongo.getCollection(collection)
				.find(new Document("_id", new Document("$regex", "anon:Polisen$")).append("organisation", null))
				.into(new java.util.ArrayList<>())).as(collection).hasSize(1);
			assertThat(mongo.getCollection(collection)
				.countDocuments(
						new Document("_id", new Document("$regex", "anon:Skolan$")).append("organisation", "Skolan")))
				.as(collection)
				.isEqualTo(1);
		}
	}

	private String idIn(String collection, Document filter) {
		return mongo.getCollection(collection).find(filter).first().getString("_id");
	}

}
