package se.samverka.network;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.all;
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

import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.TeamsActivities;

/**
 * Someone in two networks in Teams, in local dev mode against a fake Bot Connector: each
 * network's evaluation card carries its network and its Action.Submit answers that
 * network whatever they joined last; a typed evaluation that could be about either asks
 * which (in English here) and changes nothing; {@code network list} and
 * {@code network switch} show and choose, and the typed answer then goes to the chosen
 * network only, leaving the other network's answer and comment as they were.
 */
@SamverkaTest
class PeopleInSeveralNetworksInTeamsIntegrationTests {

	static final FakeBotConnector connector = new FakeBotConnector();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + run;

	final String alva = "alva-" + run;

	final String bo = "bo-" + run;

	final String regionalChannel = "19:regional-" + run + "@thread.tacv2";

	final String localChannel = "19:local-" + run + "@thread.tacv2";

	final String regional = "Regionalt " + run;

	final String local = "Lokalt " + run;

	@BeforeEach
	void beforeTheMeetings() {
		clock.set(Instant.parse("2021-09-20T10:00:00Z"));
	}

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@Test
	void eachCardAnswersItsNetworkAndATypedAnswerForEitherAsksUntilOneIsChosen() {
		String regionalCode = inviteCode(
				say(mentioning(connector.url(), regionalChannel, anna, "nätverk skapa " + regional)));
		String localCode = inviteCode(say(mentioning(connector.url(), localChannel, alva, "nätverk skapa " + local)));
		say(bo, "language en");
		assertThat(say(bo, "join " + regionalCode + " Polisen").readable()).contains("Welcome");
		assertThat(say(bo, "join " + localCode + " Polisen").readable()).contains("Welcome");
		say(mentioning(connector.url(), regionalChannel, anna, "möte skapa\n" + agenda("Regional träff")));
		say(mentioning(connector.url(), localChannel, alva, "möte skapa\n" + agenda("Lokal träff")));

		clock.set(Instant.parse("2021-09-29T10:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		say(mentioning(connector.url(), regionalChannel, anna, "utvärdering skicka 1"));
		say(mentioning(connector.url(), localChannel, alva, "utvärdering skicka 1"));
		JsonNode regionalSubmit = submitOf(cardFor("Regional träff"));
		JsonNode localSubmit = submitOf(cardFor("Lokal träff"));
		assertThat(regionalSubmit.path("data").path("command").asText())
			.isEqualTo("@" + networkId(regional) + " evaluate 1");
		assertThat(localSubmit.path("data").path("command").asText()).isEqualTo("@" + networkId(local) + " evaluate 1");

		// the regional card's submit, though Bo joined the local network last
		assertThat(say(cardSubmit(regionalSubmit, "Clearer roles", "4", "5", "3", "4", "5", "4")).readable())
			.contains("Your answer to the evaluation of meeting 1 is saved");
		assertThat(answers(regional)).singleElement()
			.satisfies(a -> assertThat(a.getString("comment")).isEqualTo("Clearer roles"));
		assertThat(answers(local)).isEmpty();

		String asked = say(bo, "evaluate 3 3 3 3 3 3").readable();
		assertThat(asked).contains("You are in several networks and evaluate could be about more than one of them")
			.contains("1. " + local)
			.contains("2. " + regional)
			.contains("network switch")
			.contains("I have done nothing");
		regionalAnswerKept();
		assertThat(answers(local)).isEmpty();

		assertThat(say(bo, "network list").readable()).contains("You are in 2 networks")
			.contains("No network is chosen");
		assertThat(say(bo, "network switch 1").readable()).contains("now about the network “" + local + "”");
		assertThat(say(bo, "network list").readable()).contains("1. " + local + " (chosen)");
		assertThat(say(bo, "evaluate 3 3 3 3 3 3").readable()).contains("is saved");
		assertThat(answers(local)).singleElement()
			.satisfies(a -> assertThat(a.getList("scores", Integer.class)).containsExactly(3, 3, 3, 3, 3, 3));
		regionalAnswerKept();
	}

	private void regionalAnswerKept() {
		assertThat(answers(regional)).singleElement().satisfies(a -> {
			assertThat(a.getList("scores", Integer.class)).containsExactly(4, 5, 3, 4, 5, 4);
			assertThat(a.getString("comment")).isEqualTo("Clearer roles");
		});
	}

	static String agenda(String title) {
		return title + "\n2021-09-29 Digitalt via Teams\n09:00 Välkommen\n11:45 Tack för idag";
	}

	private JsonNode cardFor(String meetingTitle) {
		Posted card = connector.await(p -> p.conversationId().equals(chatOf(bo))
				&& p.readable().contains("Evaluation of meeting 1") && p.readable().contains(meetingTitle));
		return card.activity().path("attachments").path(0).path("content");
	}

	private static JsonNode submitOf(JsonNode card) {
		return all(card, "Action.Submit").get(0);
	}

	private ObjectNode cardSubmit(JsonNode submit, String comment, String... scores) {
		ObjectNode activity = message(connector.url(), chatOf(bo), "personal", bo, null);
		activity.remove("text");
		ObjectNode value = ((ObjectNode) submit.path("data").deepCopy());
		String[] ids = { "potential", "learning", "trust", "dialogue", "ambition", "responsibility" };
		for (int i = 0; i < ids.length; i++) {
			value.put(ids[i], scores[i]);
		}
		value.put("comment", comment);
		activity.set("value", value);
		return activity;
	}

	static String chatOf(String person) {
		return "a:" + person;
	}

	private String networkId(String name) {
		return StoredAnswers.networkId(mongo, name);
	}

	private List<Document> answers(String networkName) {
		return StoredAnswers.evaluationAnswers(mongo, networkId(networkName));
	}

	private Posted say(String person, String text) {
		return say(message(connector.url(), chatOf(person), "personal", person, text));
	}

	private Posted say(ObjectNode activity) {
		return TeamsActivities.say(port, connector, activity);
	}

}
