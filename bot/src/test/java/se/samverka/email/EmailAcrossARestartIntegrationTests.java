package se.samverka.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.Ledger;
import se.samverka.SamverkaApplication;
import se.samverka.TestClock;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Sender;
import se.samverka.delivery.Outbox;
import se.samverka.dialogue.Turns;
import se.samverka.web.PlaygroundClient;

/**
 * Never twice, also across a restart: one invitation mailed before the stop, another
 * queued but not yet sent; the next run on the same data directory mails the second once,
 * not the first again, and the replayed command adds nothing.
 */
class EmailAcrossARestartIntegrationTests {

	@TempDir
	Path dataDir;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final String eva = "eva." + run + "@skolan.example";

	final String per = "per." + run + "@skolan.example";

	@Test
	void whatWasMailedBeforeARestartIsNotMailedAgainAndWhatWasQueuedGoesOnce() {
		ConversationKey room = new ConversationKey(Channel.PLAYGROUND, "playground", "mail-restart-" + run);
		Sender anna = new Sender(Channel.PLAYGROUND, "playground", "anna-" + run, "Anna", "sv");
		Inbound inviteEva = Inbound.typed("m2-" + run, room, ConversationKind.GROUP, anna, "bjud in " + eva + " Skolan",
				null);
		try (ConfigurableApplicationContext first = start(false)) {
			first.getBean(TestClock.class).set(Instant.parse("2026-03-20T09:00:00Z"));
			Turns turns = first.getBean(Turns.class);
			turns.handle(Inbound.typed("m1-" + run, room, ConversationKind.GROUP, anna, "nätverk skapa Omstart " + run,
					null));
			turns.handle(inviteEva);
			first.getBean(Outbox.class).drainNow();
			assertThat(Mailbox.to(eva)).hasSize(1);
			turns.handle(
					Inbound.typed("m3-" + run, room, ConversationKind.GROUP, anna, "bjud in " + per + " Skolan", null));
			assertThat(Mailbox.to(per)).as("queued, not sent before the stop").isEmpty();
		}
		try (ConfigurableApplicationContext second = start(true)) {
			second.getBean(TestClock.class).set(Instant.parse("2026-03-20T09:05:00Z"));
			PlaygroundClient.await("the queued invitation is mailed after the restart",
					() -> !Mailbox.to(per).isEmpty());
			second.getBean(Turns.class).handle(inviteEva);
			MongoTemplate mongo = second.getBean(MongoTemplate.class);
			Ledger.awaitIdle(mongo);
			second.getBean(Outbox.class).drainNow();
			assertThat(Mailbox.to(per)).hasSize(1);
			assertThat(Mailbox.to(eva)).as("the replayed command and the restart add nothing").hasSize(1);
			assertThat(mongo.getCollection("outbox")
				.find(new Document("messageKey", new Document("$regex", "^invite:")))
				.map(entry -> entry.getString("state"))
				.into(new java.util.ArrayList<>())).containsExactly("SENT", "SENT");
		}
	}

	private ConfigurableApplicationContext start(boolean background) {
		return new SpringApplicationBuilder(SamverkaApplication.class, TestClock.Configuration.class).profiles("test")
			.run("--server.port=0", "--samverka.storage.embedded-port=0", "--samverka.storage.data-dir=" + dataDir,
					"--samverka.outbox.background=" + background, "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + Mailbox.port(), "--samverka.email.from=samverka@kommun.example");
	}

}
