package se.samverka.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.SamverkaApplication;
import se.samverka.TestClock;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Sender;
import se.samverka.dialogue.Turns;
import se.samverka.scheduler.DueWorkRunner;

/**
 * A poll's deadline survives a restart: created and voted on in one run of the
 * application, the poll is closed, with its winner, by the next run on the same data
 * directory once the deadline is due.
 */
class PollsAcrossARestartIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void aPollCreatedBeforeARestartClosesAtItsDeadlineAfterIt() throws InterruptedException {
		ConversationKey room = new ConversationKey(Channel.PLAYGROUND, "playground", "poll-restart-room");
		Sender anna = new Sender(Channel.PLAYGROUND, "playground", "anna", "Anna", "sv");
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(TestClock.class).set(Instant.parse("2021-08-20T10:00:00Z"));
			Turns turns = first.getBean(Turns.class);
			turns.handle(Inbound.typed("p1", room, ConversationKind.GROUP, anna, "network create Omstart", null));
			turns.handle(Inbound.typed("p2", room, ConversationKind.GROUP, anna,
					"poll Next? | 2021-09-29 | 2021-10-01 | deadline 2021-09-01 12:00", null));
			turns.handle(Inbound.typed("p3", room, ConversationKind.GROUP, anna, "vote 1 2 yes", null));
			assertThat(first.getBean(MongoTemplate.class).getCollection("polls").find().first().getString("state"))
				.isEqualTo("OPEN");
		}
		try (ConfigurableApplicationContext second = start()) {
			second.getBean(TestClock.class).set(Instant.parse("2021-09-01T10:00:00Z"));
			second.getBean(DueWorkRunner.class).runDue();
			MongoTemplate mongo = second.getBean(MongoTemplate.class);
			// the new instance's own poll may have claimed the work at start-up; then it
			// finishes it (result last)
			Instant deadline = Instant.now().plusSeconds(15);
			while (mongo.getCollection("meetings").countDocuments() == 0 && Instant.now().isBefore(deadline)) {
				Thread.sleep(20);
			}
			Document poll = mongo.getCollection("polls").find().first();
			assertThat(poll.getString("state")).isEqualTo("CLOSED");
			assertThat(poll.getInteger("winner")).isEqualTo(2);
			assertThat(mongo.getCollection("meetings").find().first().getDate("startsAt").toInstant())
				.isEqualTo(Instant.parse("2021-10-01T07:00:00Z"));
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(SamverkaApplication.class, TestClock.Configuration.class).profiles("test")
			.run("--server.port=0", "--samverka.storage.embedded-port=0", "--samverka.storage.data-dir=" + dataDir);
	}

}
