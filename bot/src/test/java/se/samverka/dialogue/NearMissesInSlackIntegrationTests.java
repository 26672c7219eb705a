package se.samverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;

/**
 * Near misses in Slack, end to end over signed HTTP: a glued {@code gåmed} joins,
 * {@code har} and a vote by the option's label run, chat in a channel that only looks
 * like a command stays chat, and a near miss of several commands is asked about with
 * buttons, the pressed one running the command.
 */
@SamverkaTest
class NearMissesInSlackIntegrationTests {

	static final FakeSlack slack = FakeSlack.shared();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	SignedSlack requests;

	final String anna = "U-anna-" + SignedSlack.next();

	final String bo = "U-bo-" + SignedSlack.next();

	final String home = "C-home-" + SignedSlack.next();

	final String bosDm = "D-bo-" + SignedSlack.next();

	final String name = "Slacknära " + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void aNetworkJoinedWithAGluedCommand() throws Exception {
		requests = new SignedSlack(slack, FakeSlack.SECRET, clock::instant, port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String code = SignedSlack.inviteCode(requests.command(anna, home, "nätverk skapa " + name));
		assertThat(requests.command(bo, bosDm, "gåmed " + code + " Polisen")).contains("Välkommen")
			.contains("(tolkat som ”gå med ");
	}

	@Test
	void nearMissesRunTheOneCommandTheyFitAndChatStaysChat() throws Exception {
		assertThat(requests.command(bo, bosDm, "har"))
			.contains("Nätverket har inget kommande möte att vara på plats på");
		assertThat(requests.command(anna, home, "omröstning Var ses vi? | Umeå | Luleå")).contains("Omröstning 1");
		assertThat(requests.command(bo, bosDm, "rösta 1 Umeå ja")).contains("Du svarade ja på alternativ 1 (Umeå)");
		assertThat(requests.command(bo, bosDm, "vote 1 lulea maybe"))
			.contains("Du svarade om det behövs på alternativ 2 (Luleå)");
		assertThat(requests.command(bo, bosDm, "rösta 1 Piteå ja")).contains("Jag hittar inget alternativ ”Piteå”")
			.contains("1. Umeå")
			.contains("2. Luleå");
		requests.mention(anna, home, "<@UBOT> har du sett agendan?");
		assertThat(slack.await(c -> SignedSlack.isPost(c, home) && c.param("text").contains("har du sett agendan"))
			.param("text")).contains("Jag förstår inte");
	}

	@Test
	void aNearMissOfSeveralIsAskedAboutAndThePressedButtonRunsIt() throws Exception {
		assertThat(requests.command(anna, home, "vägg skapa Oro")).contains("Oro");
		String secret = "Hemlig lapp " + UUID.randomUUID();
		JsonObject asked = JsonParser.parseString(requests.answer(bo, bosDm, "lapp anom " + secret)).getAsJsonObject();
		assertThat(asked.get("text").getAsString()).contains("Menade du ”lapp” eller ”lapp anon”?")
			.doesNotContain(secret);
		List<JsonObject> buttons = SignedSlack.buttons(asked.getAsJsonArray("blocks"));
		assertThat(buttons).hasSize(2);
		JsonObject anonymous = buttons.stream()
			.filter(b -> b.get("value").getAsString().contains("lapp anon " + secret))
			.findFirst()
			.orElseThrow();
		assertThat(notes()).isZero();

		String responseUrl = slack.responseUrl("nearmiss-" + SignedSlack.next());
		requests.press(bo, bosDm, anonymous, responseUrl);
		assertThat(SignedSlack.text(slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())).body()))
			.contains("Din anonyma lapp sitter på väggen ”Oro”");
		assertThat(notes()).isEqualTo(1);
	}

	private long notes() {
		String network = mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
		String board = mongo.getCollection("boards").find(new Document("networkId", network)).first().getString("_id");
		return mongo.getCollection("notes").countDocuments(new Document("boardId", board));
	}

}
