package se.samverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.all;
import static se.samverka.teams.TeamsActivities.cardIn;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.TeamsActivities;

/**
 * Near misses in Teams, in local dev mode against a fake Bot Connector: a glued
 * {@code gåmed} joins, {@code Här!} and a vote by the option's date run, chat in the
 * channel that only looks like a command stays chat, and a near miss of several commands
 * is asked about with a card whose pressed button runs the command.
 */
@SamverkaTest
class NearMissesInTeamsIntegrationTests {

	static final FakeBotConnector connector = new FakeBotConnector();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	final String anna = "anna-" + UUID.randomUUID();

	final String bo = "bo-" + UUID.randomUUID();

	final String channel = "19:nearmiss-" + UUID.randomUUID() + "@thread.tacv2";

	final String bosChat = "a:bo-" + UUID.randomUUID();

	final String name = "Teamsnära " + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void aNetworkJoinedWithAGluedCommand() {
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa " + name)));
		assertThat(bo("gamed " + code + " Polisen")).contains("Välkommen").contains("(tolkat som ”gå med ");
	}

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@Test
	void nearMissesRunTheOneCommandTheyFitAndChatStaysChat() {
		assertThat(bo("Här!")).contains("Nätverket har inget kommande möte att vara på plats på");
		assertThat(anna("omröstning Nästa träff? | 2027-09-29 | 2027-09-30")).contains("Omröstning 1");
		assertThat(bo("rösta 1 30/9 kanske")).contains("Du svarade om det behövs på alternativ 2 (2027-09-30)");
		assertThat(bo("rösat 1 Sep 29 ja")).contains("Du svarade ja på alternativ 1 (2027-09-29)")
			.contains("(tolkat som ”rösta”)");
		assertThat(anna("har du sett agendan?")).contains("Jag förstår inte ”har du sett agendan?”");
	}

	@Test
	void aNearMissOfSeveralIsAskedAboutAndThePressedButtonRunsIt() {
		assertThat(anna("vägg skapa Oro")).contains("Oro");
		String secret = "Hemlig lapp " + UUID.randomUUID();
		Posted asked = say(message(connector.url(), bosChat, "personal", bo, "lapp anom " + secret));
		assertThat(asked.readable()).contains("Menade du ”lapp” eller ”lapp anon”?").doesNotContain(secret);
		List<String> commands = all(cardIn(asked), "Action.Submit").stream()
			.map(b -> b.path("data").path("command").asText())
			.toList();
		assertThat(commands).hasSize(2).anySatisfy(c -> assertThat(c).endsWith("lapp anon " + secret));
		assertThat(notes()).isZero();

		ObjectNode pressed = message(connector.url(), bosChat, "personal", bo, null);
		pressed.remove("text");
		pressed.putObject("value")
			.put("command", commands.stream().filter(c -> c.contains("lapp anon")).findFirst().orElseThrow());
		assertThat(say(pressed).readable()).contains("Din anonyma lapp sitter på väggen ”Oro”");
		assertThat(notes()).isEqualTo(1);
	}

	private long notes() {
		String network = mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
		String board = mongo.getCollection("boards").find(new Document("networkId", network)).first().getString("_id");
		return mongo.getCollection("notes").countDocuments(new Document("boardId", board));
	}

	private String anna(String text) {
		return TeamsActivities.answers(port, connector, mentioning(connector.url(), channel, anna, text));
	}

	private String bo(String text) {
		return TeamsActivities.answers(port, connector, message(connector.url(), bosChat, "personal", bo, text));
	}

	private Posted say(ObjectNode activity) {
		return TeamsActivities.say(port, connector, activity);
	}

}
