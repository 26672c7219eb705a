package se.samverka.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.SamverkaTest;
import se.samverka.chat.NetworkId;
import se.samverka.web.PlaygroundClient;

/**
 * A digest reads each board's notes once ({@link BoardHighlights#read}): the
 * participation count and the most agreed-with notes come from the same notes, also when
 * one is written while the digest is being put together.
 */
@SamverkaTest
class BoardHighlightsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	BoardHighlights highlights;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void oneReadingCountsAndShowsTheSameNotes() {
		PlaygroundClient client = new PlaygroundClient(port);
		String anna = "anna-" + run;
		String bo = "bo-" + run;
		String room = "hl-" + run;
		String name = "Väggläsning " + run;
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + name));
		client.say(bo, "dm-" + bo, "gå med " + code + " Polisen");
		client.say(anna, room, "vägg skapa Väggen | Vad fungerar?");
		assertThat(client.say(bo, "dm-" + bo, "lapp Tydliga kontaktvägar").html()).contains("Lapp 1 sitter");
		NetworkId network = new NetworkId(
				mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id"));

		BoardHighlights.Reading reading = highlights.read(network);
		assertThat(reading.notesPerOrganisation(null).perOrganisation()).containsEntry("Polisen", 1);
		assertThat(client.say(bo, "dm-" + bo, "lapp Fler träffar").html()).contains("Lapp 2 sitter");

		assertThat(reading.mostAgreed(null, 4, 3)).singleElement()
			.satisfies(prompt -> assertThat(prompt.notes()).extracting(BoardHighlights.TopNote::text)
				.as("the notes the count was made of, read once")
				.containsExactly("Tydliga kontaktvägar"));
		assertThat(reading.notesPerOrganisation(null).perOrganisation()).containsEntry("Polisen", 1);
		BoardHighlights.Reading next = highlights.read(network);
		assertThat(next.notesPerOrganisation(null).perOrganisation()).as("the next digest reads them afresh")
			.containsEntry("Polisen", 2);
		assertThat(next.mostAgreed(null, 4, 3).get(0).notes()).extracting(BoardHighlights.TopNote::text)
			.containsExactly("Tydliga kontaktvägar", "Fler träffar");
	}

}
