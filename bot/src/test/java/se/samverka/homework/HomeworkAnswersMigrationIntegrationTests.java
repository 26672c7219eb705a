package se.samverka.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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
 * Homework answers stored with their person and a small organisation, as before answers
 * named nobody, are moved at start-up to their respondent's keyed hash, without the
 * organisation of one member: the person still sees and changes their answers, the status
 * still counts them, and running the migration again changes nothing.
 */
@SamverkaTest
class HomeworkAnswersMigrationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	@Autowired
	HomeworkAnswersMigration migration;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + run;

	final String bo = "bo-" + run;

	@Test
	void answersStoredWithTheirPersonAreMovedToTheRespondentWithoutASmallOrganisation() {
		PlaygroundClient client = new PlaygroundClient(port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String code = PlaygroundClient.inviteCode(client.say(anna, "mig-" + run, "nätverk skapa Migrering " + run));
		client.say(bo, "dm-" + bo, "gå med " + code + " Polisen");
		assertThat(client.say(anna, "mig-" + run, "läxa 2026-04-30 | Vad tar vi med oss härifrån? | Och sedan?").html())
			.contains("Läxa 1");
		String networkId = mongo.getCollection("networks")
			.find(new Document("name", "Migrering " + run))
			.first()
			.getString("_id");
		String homeworkId = mongo.getCollection("homework")
			.find(new Document("networkId", networkId))
			.first()
			.getString("_id");
		String bosId = mongo.getCollection("people").find(new Document("userId", bo)).first().getString("_id");
		mongo.getCollection("homework_answers")
			.insertOne(new Document("_id", homeworkId + ":" + bosId).append("homeworkId", homeworkId)
				.append("personId", bosId)
				.append("organisation", "Polisen")
				.append("answers", new Document("1", "Gamla svaret"))
				.append("updatedAt", Date.from(Instant.parse("2026-03-21T10:17:31Z"))));

		migration.migrate();
		migration.migrate();

		List<Document> answers = mongo.getCollection("homework_answers")
			.find(new Document("homeworkId", homeworkId))
			.into(new ArrayList<>());
		assertThat(answers).singleElement().satisfies(a -> {
			assertThat(a.toJson()).doesNotContain(bosId).doesNotContain(bo).doesNotContain("personId");
			assertThat(a.getString("respondent")).startsWith("anon:");
			assertThat(a.get("organisation")).isNull();
			assertThat(a.get("answers", Document.class)).isEqualTo(new Document("1", "Gamla svaret"));
			assertThat(a.getDate("updatedAt").toInstant()).isEqualTo(Instant.parse("2026-03-21T00:00:00Z"));
		});
		assertThat(client.say(bo, "dm-" + bo, "svar 2 Nya svaret").html()).contains("(2 av 2 besvarade)");
		assertThat(client.say(anna, "mig-" + run, "läxa status").html()).contains("1 av 2 har svarat på alla frågor");
	}

}
