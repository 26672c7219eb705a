package se.samverka.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;

/**
 * Reflection boards in Slack, end to end: signed slash commands, events and interactions
 * over HTTP to /slack/events; the board card posted in the network's channel and updated
 * in place (chat.update) a few seconds after notes and +1s, its +1 button, and an
 * anonymous note written in the modal the card's button opens, which leaves no trace of
 * its author.
 */
@SamverkaTest
class BoardsInSlackIntegrationTests {

	static final String SECRET = FakeSlack.SECRET;

	static final FakeSlack slack = FakeSlack.shared();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	SignedSlack requests;

	final String anna = "U-anna-" + SignedSlack.next();

	final String bo = "U-bo-" + SignedSlack.next();

	final String home = "C-home-" + SignedSlack.next();

	final String bosDm = "D-bo-" + SignedSlack.next();

	@BeforeEach
	void setClock() {
		requests = new SignedSlack(slack, SECRET, clock::instant, port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
	}

	void network(String name) throws Exception {
		String code = SignedSlack.inviteCode(requests.command(anna, home, "nätverk skapa " + name));
		requests.directMessage(bo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> SignedSlack.isPost(c, bosDm) && c.param("text").contains("Välkommen"));
	}

	@Test
	void theBoardCardIsPostedInTheChannelAndUpdatedInPlace() throws Exception {
		network("Slackväggen");
		assertThat(requests.command(anna, home, "vägg skapa Idéer | Vad fungerar? | Vad saknas?"))
			.contains("Väggen ”Idéer” är skapad");
		FakeSlack.Call card = slack.await(c -> SignedSlack.isPost(c, home) && c.param("text").contains("Vad saknas?"));

		requests.directMessage(bo, bosDm, "lapp 2: Gemensam rutin <!channel>");
		slack.await(c -> SignedSlack.isPost(c, bosDm)
				&& c.param("text").contains("Lapp 1 sitter på väggen ”Idéer” (Vad saknas?)"));
		assertThat(requests.command(bo, bosDm, "plus 1")).contains("+1 på lapp 1");
		assertThat(requests.command(bo, bosDm, "plus 1")).contains("redan gett lapp 1");

		clock.set(clock.instant().plusSeconds(5));
		BackgroundWork.runDue(runner, mongo);
		FakeSlack.Call update = slack.await(c -> c.path().equals("chat.update") && c.param("channel").equals(home)
				&& c.param("text").contains("#1 Gemensam rutin"));
		assertThat(update.param("ts")).isEqualTo(FakeSlack.tsOf(card));
		assertThat(update.param("text")).contains("(+1)")
			.as("what people type cannot ping the channel")
			.doesNotContain("<!channel>")
			.contains("&lt;!channel&gt;");

		// Anna presses the card's +1 button.
		JsonObject plus = SignedSlack.buttons(JsonParser.parseString(update.param("blocks")).getAsJsonArray())
			.stream()
			.filter(b -> b.get("value").getAsString().equals("+1 1"))
			.findFirst()
			.orElseThrow();
		String responseUrl = slack.responseUrl("plus-" + SignedSlack.next());
		requests.press(anna, home, plus, responseUrl);
		assertThat(SignedSlack.text(slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())).body()))
			.contains("+1 på lapp 1");
		assertThat(mongo.getCollection("plus_ones")
			.countDocuments(new Document("noteId",
					mongo.getCollection("notes")
						.find(new Document("text", "Gemensam rutin <!channel>"))
						.first()
						.get("_id"))))
			.isEqualTo(2);
	}

	@Test
	void anAnonymousNoteFromTheModalKeepsNoTraceOfItsAuthor() throws Exception {
		// the database is shared with other tests: a text only this test writes
		String secret = "Vi vet inte vem vi ska ringa " + SignedSlack.next();
		network("Slackanonymt");
		requests.command(anna, home, "vägg skapa Oro");

		JsonObject reply = JsonParser.parseString(requests.answer(bo, bosDm, "vägg")).getAsJsonObject();
		JsonObject anonymous = SignedSlack.buttons(reply.getAsJsonArray("blocks"))
			.stream()
			.filter(b -> b.getAsJsonObject("text").get("text").getAsString().equals("Sätt upp anonymt"))
			.findFirst()
			.orElseThrow();
		assertThat(anonymous.get("action_id").getAsString()).startsWith(SignedSlack.FORM_PREFIX);
		String responseUrl = slack.responseUrl("anon-" + SignedSlack.next());
		String trigger = requests.press(bo, bosDm, anonymous, responseUrl);
		FakeSlack.Call opened = slack
			.await(c -> c.path().equals("views.open") && c.param("trigger_id").equals(trigger));
		JsonObject view = JsonParser.parseString(opened.param("view")).getAsJsonObject();

		requests.submitModal(bo, bosDm, view, secret);

		slack.await(c -> c.path().equals(URI.create(responseUrl).getPath()) && c.body().contains("Din anonyma lapp"));
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
				assertThat(e.getString("conversation")).doesNotContain(bosDm);
			});
		assertThat(mongo.getCollection("transcript")
			.find(new Document("conversation", new Document("$regex", Pattern.quote(bosDm))).append("text",
					new Document("$regex", "note anon|anonyma lapp")))
			.into(new ArrayList<>())).isEmpty();

		assertThat(requests.command(bo, bosDm, "lapp ta bort 1")).contains("är anonym");
		assertThat(requests.command(anna, home, "lapp dölj 1")).contains("Lapp 1 är dold");
		assertThat(requests.command(bo, bosDm, "plus 1")).contains("Det finns ingen lapp 1");
		assertThat(requests.command(anna, home, "lapp visa 1")).contains("Lapp 1 syns på väggen igen");
	}

}
