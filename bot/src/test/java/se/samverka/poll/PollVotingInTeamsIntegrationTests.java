package se.samverka.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.message;

import java.time.Instant;
import java.util.ArrayList;
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

import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.TeamsActivities;

/**
 * Date polls in Teams, in local dev mode against a fake Bot Connector: an organiser
 * starts a poll in the network's channel, a member votes by text and with the data a
 * card's button submits, the organiser who has not voted is reminded in a personal chat
 * the bot opens, and at the deadline the result is announced in the channel; a late vote
 * is refused.
 */
@SamverkaTest
class PollVotingInTeamsIntegrationTests {

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

	final String channel = "19:poll-" + UUID.randomUUID() + "@thread.tacv2";

	final String bosChat = "a:bo-" + UUID.randomUUID();

	@BeforeEach
	void beforeTheMeeting() {
		clock.set(Instant.parse("2021-08-20T10:00:00Z"));
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
	void aPollIsVotedOnRemindedAndClosedInTeams() {
		network("Teamsomröstning");
		assertThat(answers(mentioning(connector.url(), channel, anna,
				"omröstning Nästa Teamsträff? | 2021-09-29 | 2021-10-01 | deadline 2021-09-01 12:00")))
			.contains("Omröstning 1 ”Nästa Teamsträff?” är startad med 2 alternativ");

		assertThat(say(message(connector.url(), bosChat, "personal", bo, "rösta 1 2 ja")).readable())
			.contains("Du svarade ja på alternativ 2 (2021-10-01)");
		// the data a card's button submits, clicked twice
		for (int click = 0; click < 2; click++) {
			ObjectNode pressed = message(connector.url(), bosChat, "personal", bo, null);
			pressed.remove("text");
			pressed.putObject("value").put("command", "vote 1 1 maybe");
			assertThat(say(pressed).readable()).contains("Du svarade om det behövs på alternativ 1 (2021-09-29)");
		}
		String pollId = mongo.getCollection("polls")
			.find(new Document("question", "Nästa Teamsträff?"))
			.first()
			.getString("_id");
		assertThat(mongo.getCollection("poll_votes").find(new Document("pollId", pollId)).into(new ArrayList<>()))
			.singleElement()
			.satisfies(v -> assertThat(v.get("answers", Document.class))
				.isEqualTo(new Document(java.util.Map.of("1", "MAYBE", "2", "YES"))));

		clock.set(Instant.parse("2021-08-30T10:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		Posted reminder = connector.await(p -> p.method().equals("POST") && p.path().endsWith("/activities")
				&& p.readable().contains("Påminnelse: Nästa Teamsträff?"));
		assertThat(reminder.conversationId()).isNotEqualTo(channel).isNotEqualTo(bosChat);
		assertThat(connector.posted()).filteredOn(p -> p.readable().contains("Påminnelse")).hasSize(1);

		clock.set(Instant.parse("2021-09-01T10:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		Posted result = connector
			.await(p -> p.method().equals("POST") && p.path().equals("/v3/conversations/" + channel + "/activities")
					&& p.readable().contains("Resultat av omröstning 1"));
		assertThat(result.readable()).contains("Det blev 2021-10-01").contains("/calendar/");
		assertThat(say(message(connector.url(), bosChat, "personal", bo, "rösta 1 1 ja")).readable())
			.contains("är stängd");
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
