package se.samverka.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

import se.samverka.TestClock;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Message;
import se.samverka.chat.Sender;
import se.samverka.dialogue.Turns;

/**
 * A network whose steering conversation was set before digests existed has no digest
 * settings and nothing on the calendar; at start-up it gets the default schedule. A
 * network whose organisers turned the weekly digest off stays off.
 */
@SpringBootTest(properties = "samverka.outbox.background=false")
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class DigestsAfterAnUpgradeIntegrationTests {

	@Autowired
	Turns turns;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	DigestSchedules schedules;

	final String id = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aSteeringConversationFromBeforeDigestsGetsTheDefaultScheduleAtStartUp() {
		clock.set(Instant.parse("2026-03-18T12:00:00Z"));
		String network = network("Före", "anna-" + id);
		// as the database looked before digests: no settings, no due work
		mongo.getCollection("digest_settings").deleteOne(new Document("_id", network));
		mongo.getCollection("due_work").deleteOne(new Document("_id", "digest:" + network + ":scheduled"));

		schedules.scheduleMissing();

		Document work = mongo.getCollection("due_work")
			.find(new Document("_id", "digest:" + network + ":scheduled"))
			.first();
		assertThat(work).isNotNull();
		assertThat(work.getString("state")).isEqualTo("PENDING");
		assertThat(work.getDate("dueAt").toInstant()).as("Monday 08:00 in Stockholm")
			.isEqualTo(Instant.parse("2026-03-23T07:00:00Z"));
		assertThat(mongo.getCollection("digest_settings").countDocuments(new Document("_id", network))).isOne();
	}

	@Test
	void aNetworkThatTurnedItsWeeklyDigestOffStaysOff() {
		clock.set(Instant.parse("2026-03-18T12:00:00Z"));
		String anna = "anna-" + id;
		String network = network("Av", anna);
		assertThat(say(anna, "room-" + id, ConversationKind.GROUP, "lägesrapport schema av")).contains("avstängda");

		schedules.scheduleMissing();

		Document work = mongo.getCollection("due_work")
			.find(new Document("_id", "digest:" + network + ":scheduled"))
			.first();
		assertThat(work.getString("state")).isEqualTo("CANCELLED");
	}

	private String network(String prefix, String organiser) {
		String name = prefix + " " + id;
		say(organiser, "room-" + id, ConversationKind.GROUP, "nätverk skapa " + name);
		assertThat(say(organiser, "steering-" + id, ConversationKind.GROUP, "styrgrupp här")).isNotBlank();
		return mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
	}

	private String say(String user, String conversation, ConversationKind kind, String text) {
		Inbound inbound = Inbound.typed("upgrade-test:" + UUID.randomUUID(),
				new ConversationKey(Channel.PLAYGROUND, "playground", conversation), kind,
				new Sender(Channel.PLAYGROUND, "playground", user, "Person " + user, "sv"), text, null);
		return turns.handle(inbound).replies().stream().map(Message::fallbackText).collect(Collectors.joining("\n"));
	}

}
