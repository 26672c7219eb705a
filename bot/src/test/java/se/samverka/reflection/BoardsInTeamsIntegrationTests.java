package se.samverka.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.all;
import static se.samverka.teams.TeamsActivities.cardIn;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.teams.AdaptiveCardSchema;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.TeamsActivities;

/**
 * Reflection boards in Teams, in local dev mode against a fake Bot Connector: the board
 * card is posted in the network's channel and replaced in place (a PUT) a few seconds
 * after notes and +1s, its +1 button works, and an anonymous note written in the card's
 * dialog keeps no trace of its author.
 */
@SamverkaTest
class BoardsInTeamsIntegrationTests {

	static final FakeBotConnector connector = new FakeBotConnector();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	final String anna = "anna-" + UUID.randomUUID();

	final String bo = "bo-" + UUID.randomUUID();

	final String channel = "19:board-" + UUID.randomUUID() + "@thread.tacv2";

	final String bosChat = "a:bo-" + UUID.randomUUID();

	@BeforeEach
	void beforeTheMeeting() {
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
	}

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	void network(String name) {
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa " + name)));
		say(message(connector.url(), bosChat, "personal", bo, "gå med " + code + " Polisen"));
	}

	@Test
	void theBoardCardIsPostedInTheChannelAndReplacedInPlaceAfterNotesAndPlusOnes() {
		network("Teamsväggen");
		assertThat(answers(mentioning(connector.url(), channel, anna, "vägg skapa Idéer")))
			.contains("Väggen ”Idéer” är skapad");
		Posted card = connector
			.await(p -> p.method().equals("POST") && p.path().equals("/v3/conversations/" + channel + "/activities")
					&& p.readable().contains("Inga lappar än"));
		AdaptiveCardSchema.assertValid(cardIn(card));

		assertThat(say(message(connector.url(), bosChat, "personal", bo, "lapp Gemensam rutin för orosanmälan"))
			.readable()).contains("Lapp 1 sitter på väggen ”Idéer”");
		assertThat(say(message(connector.url(), bosChat, "personal", bo, "plus 1")).readable())
			.contains("+1 på lapp 1");
		assertThat(say(message(connector.url(), bosChat, "personal", bo, "plus 1")).readable())
			.contains("redan gett lapp 1");

		clock.set(clock.instant().plusSeconds(5));
		BackgroundWork.runDue(runner, mongo);
		Posted update = connector.await(p -> p.method().equals("PUT") && p.conversationId().equals(channel)
				&& p.readable().contains("#1 Gemensam rutin för orosanmälan (+1)"));
		assertThat(update.path()).isEqualTo("/v3/conversations/" + channel + "/activities/" + card.answeredId());
		JsonNode updated = cardIn(update);
		AdaptiveCardSchema.assertValid(updated);

		// Anna presses the card's +1 button: Teams sends the button's data as the
		// message's value.
		JsonNode plusButton = all(updated, "Action.Submit").stream()
			.filter(a -> a.path("data").path("command").asText().equals("+1 1"))
			.findFirst()
			.orElseThrow();
		ObjectNode pressed = message(connector.url(), channel, "channel", anna, null);
		pressed.remove("text");
		pressed.set("value", plusButton.path("data").deepCopy());
		assertThat(say(pressed).readable()).contains("+1 på lapp 1");
		assertThat(mongo.getCollection("plus_ones")
			.countDocuments(new Document("noteId",
					mongo.getCollection("notes")
						.find(new Document("text", "Gemensam rutin för orosanmälan"))
						.first()
						.get("_id"))))
			.isEqualTo(2);
		clock.set(clock.instant().plusSeconds(5));
		BackgroundWork.runDue(runner, mongo);
		connector.await(p -> p.method().equals("PUT") && p.conversationId().equals(channel)
				&& p.readable().contains("#1 Gemensam rutin för orosanmälan (+2)"));
	}

	@Test
	void anAnonymousNoteFromTheDialogKeepsNoTraceOfItsAuthor() throws Exception {
		// the database is shared with other tests: a text only this test writes
		String secret = "Vi vet inte vem vi ska ringa " + UUID.randomUUID();
		network("Teamsanonymt");
		say(mentioning(connector.url(), channel, anna, "vägg skapa Oro"));

		Posted form = say(message(connector.url(), bosChat, "personal", bo, "vägg"));
		JsonNode formCard = cardIn(form);
		AdaptiveCardSchema.assertValid(formCard);
		JsonNode anonymous = all(formCard, "Action.Submit").stream()
			.filter(a -> a.path("data").path("command").asText().equals("note anon"))
			.findFirst()
			.orElseThrow();
		JsonNode dialog = invoke(bosChat, bo, "task/fetch", anonymous.path("data"));
		JsonNode dialogCard = dialog.at("/task/value/card/content");
		AdaptiveCardSchema.assertValid(dialogCard);
		assertThat(all(dialogCard, "Input.Text")).singleElement()
			.satisfies(i -> assertThat(i.path("id").asText()).isEqualTo("note"));
		ObjectNode typed = ((ObjectNode) all(dialogCard, "Action.Submit").get(0).path("data").deepCopy()).put("note",
				secret);
		invoke(bosChat, bo, "task/submit", typed);
		assertThat(
				connector.await(p -> p.conversationId().equals(bosChat) && p.readable().contains("Din anonyma lapp")))
			.isNotNull();

		Document note = mongo.getCollection("notes").find(new Document("text", secret)).first();
		assertThat(note).isNotNull();
		assertThat(note.get("authorId")).isNull();
		assertThat(note.get("organisation")).isNull();
		// the text may be on a posted board card later, but never with a person or in
		// their own chat
		assertThat(mongo.getCollection("transcript")
			.find(new Document("text", new Document("$regex", Pattern.quote(secret))))
			.into(new ArrayList<>())).allSatisfy(e -> {
				assertThat(e.get("personId")).isNull();
				assertThat(e.getString("direction")).as("what was typed is not logged").isEqualTo("OUT");
				assertThat(e.getString("conversation")).doesNotContain(bosChat);
			});
		assertThat(mongo.getCollection("transcript")
			.find(new Document("conversation", new Document("$regex", Pattern.quote(bosChat))).append("text",
					new Document("$regex", "note anon|anonyma lapp")))
			.into(new ArrayList<>())).isEmpty();

		assertThat(say(message(connector.url(), bosChat, "personal", bo, "lapp ändra 1 annat")).readable())
			.contains("är anonym");
		assertThat(say(mentioning(connector.url(), channel, anna, "lapp dölj 1")).readable())
			.contains("Lapp 1 är dold");
		assertThat(say(mentioning(connector.url(), channel, anna, "lapp visa 1")).readable())
			.contains("Lapp 1 syns på väggen igen");
	}

	private JsonNode invoke(String conversation, String user, String name, JsonNode data) {
		return TeamsActivities.invoke(port, connector.url(), conversation, user, name, data);
	}

	private String answers(ObjectNode activity) {
		return TeamsActivities.answers(port, connector, activity);
	}

	private Posted say(ObjectNode activity) {
		return TeamsActivities.say(port, connector, activity);
	}

}
