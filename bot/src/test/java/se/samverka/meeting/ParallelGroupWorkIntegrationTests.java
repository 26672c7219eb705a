package se.samverka.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Sender;
import se.samverka.dialogue.Turns;
import se.samverka.scheduler.DueWorkRunner;

/**
 * Parallel breakouts: two group-work slots that start at the same time each get their
 * question posted, once.
 */
@SamverkaTest
class ParallelGroupWorkIntegrationTests {

	@Autowired
	Turns turns;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	final String room = "parallellt-" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void twoGroupWorkSlotsStartingTogetherBothGetTheirQuestion() throws InterruptedException {
		clock.set(Instant.parse("2027-03-20T09:00:00Z"));
		say("nätverk skapa Parallellt");
		say("""
				möte skapa
				Träff med två spår
				2027-03-25 Digitalt
				09:00 Välkommen
				09:30 Grupparbete: Spår A (30 min)
				  Fråga [spår A] om skolan
				09:30 Grupparbete: Spår B (30 min)
				  Fråga [spår B] om vården
				10:00 Tack för idag""");

		clock.set(Instant.parse("2027-03-25T08:30:00Z")); // 09:30 in Stockholm
		BackgroundWork.runDue(runner, mongo);
		BackgroundWork.runDue(runner, mongo);

		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while ((posts("[spår A]") == 0 || posts("[spår B]") == 0) && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(posts("[spår A]")).isEqualTo(1);
		assertThat(posts("[spår B]")).isEqualTo(1);
	}

	private void say(String text) {
		ConversationKey key = new ConversationKey(Channel.PLAYGROUND, "playground", room);
		Sender anna = new Sender(Channel.PLAYGROUND, "playground", "anna-" + room, "Anna", "sv");
		turns.handle(Inbound.typed(UUID.randomUUID().toString(), key, ConversationKind.GROUP, anna, text, null));
	}

	/** Posted questions (not the agenda card) in the room that contain {@code marker}. */
	private long posts(String marker) {
		return mongo.findAll(Document.class, "transcript")
			.stream()
			.filter(d -> "OUT".equals(d.getString("direction")))
			.filter(d -> d.getString("conversation").endsWith(room))
			.filter(d -> d.getString("text").contains(marker)
					&& d.getString("text").contains("Anteckna det ni kommer fram till"))
			.count();
	}

}
