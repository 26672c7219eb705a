package se.samverka.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.SamverkaApplication;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Sender;
import se.samverka.dialogue.Turns;

/**
 * The whole application, started twice on the same data directory, as after a restart.
 */
class RestartIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void theEmbeddedDatabaseKeepsNetworksAndTheTranscriptAcrossARestart() {
		ConversationKey room = new ConversationKey(Channel.PLAYGROUND, "playground", "restart-room");
		Sender anna = new Sender(Channel.PLAYGROUND, "playground", "anna", "Anna", "sv");
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(Turns.class)
				.handle(Inbound.typed("k1", room, ConversationKind.GROUP, anna, "network create Minnet", null));
		}
		try (ConfigurableApplicationContext second = start()) {
			MongoTemplate mongo = second.getBean(MongoTemplate.class);
			assertThat(mongo.findAll(org.bson.Document.class, "networks")).extracting(d -> d.getString("name"))
				.containsExactly("Minnet");
			// the command and its reply in the room (the organiser code goes to Anna's
			// personal chat through the ledger, before or after the stop)
			assertThat(mongo.findAll(org.bson.Document.class, "transcript"))
				.filteredOn(entry -> room.asString().equals(entry.getString("conversation")))
				.hasSize(2);
			// The redelivery after the restart is still recognised.
			var again = second.getBean(Turns.class)
				.handle(Inbound.typed("k1", room, ConversationKind.GROUP, anna, "network create Minnet", null));
			assertThat(again.duplicate()).isTrue();
		}
	}

	@Test
	void theProductionProfileRefusesToStartWithoutCredentials() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(SamverkaApplication.class).profiles("production")
			.run("--server.port=0", "--samverka.storage.embedded-port=0", "--samverka.storage.data-dir=" + dataDir)
			.close()).hasStackTraceContaining("neither Teams").hasStackTraceContaining("MONGODB_URI is not set");
	}

	private ConfigurableApplicationContext start() {
		// Arguments, not builder properties: those rank below the test profile's random
		// data directory.
		return new SpringApplicationBuilder(SamverkaApplication.class).profiles("test")
			.run("--server.port=0", "--samverka.storage.embedded-port=0", "--samverka.storage.data-dir=" + dataDir);
	}

}
