package se.samverka.evaluation;

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
 * Meetings planned before evaluations existed have no evaluation on the calendar; at
 * start-up those still to end (or ended within the catch-up tolerance) get theirs, and
 * work already there is left alone.
 */
@SpringBootTest(properties = "samverka.outbox.background=false")
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class EvaluationsAfterAnUpgradeIntegrationTests {

	static final String AGENDA = """
			Nätverksträff i april
			2026-04-15 Växjö
			09:00 Välkommen
			12:00 Tack för idag""";

	@Autowired
	Turns turns;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MeetingEnds meetingEnds;

	final String id = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aMeetingFromBeforeEvaluationsGetsItsSendAtStartUpAndExistingWorkIsLeftAlone() {
		clock.set(Instant.parse("2026-04-01T12:00:00Z"));
		String anna = "anna-" + id;
		say(anna, "room-" + id, ConversationKind.GROUP, "nätverk skapa Uppgradering " + id);
		assertThat(say(anna, "room-" + id, ConversationKind.GROUP, "möte skapa\n" + AGENDA)).contains("Möte 1");
		Document meeting = mongo.getCollection("meetings")
			.find(new Document("title", "Nätverksträff i april").append("networkId",
					mongo.getCollection("networks")
						.find(new Document("name", "Uppgradering " + id))
						.first()
						.getString("_id")))
			.first();
		String workId = "evaluation:" + meeting.getString("_id") + ":send";
		mongo.getCollection("due_work").deleteOne(new Document("_id", workId));

		meetingEnds.scheduleMissing();

		Document work = mongo.getCollection("due_work").find(new Document("_id", workId)).first();
		assertThat(work).isNotNull();
		assertThat(work.getString("state")).isEqualTo("PENDING");
		assertThat(work.getDate("dueAt").toInstant()).as("the last slot ends 12:15 in Växjö, summer time")
			.isEqualTo(Instant.parse("2026-04-15T10:15:00Z"));

		// work that already ran is not put back on the calendar
		mongo.getCollection("due_work")
			.updateOne(new Document("_id", workId), new Document("$set", new Document("state", "DONE")));
		meetingEnds.scheduleMissing();
		assertThat(mongo.getCollection("due_work").find(new Document("_id", workId)).first().getString("state"))
			.isEqualTo("DONE");

		// more than two days after the meeting it is too late to start asking
		mongo.getCollection("due_work").deleteOne(new Document("_id", workId));
		clock.set(Instant.parse("2026-04-17T10:15:01Z"));
		meetingEnds.scheduleMissing();
		assertThat(mongo.getCollection("due_work").countDocuments(new Document("_id", workId))).isZero();
	}

	private String say(String user, String conversation, ConversationKind kind, String text) {
		Inbound inbound = Inbound.typed("upgrade-test:" + UUID.randomUUID(),
				new ConversationKey(Channel.PLAYGROUND, "playground", conversation), kind,
				new Sender(Channel.PLAYGROUND, "playground", user, "Person " + user, "sv"), text, null);
		return turns.handle(inbound).replies().stream().map(Message::fallbackText).collect(Collectors.joining("\n"));
	}

}
