package se.samverka.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.all;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.message;
import static se.samverka.teams.TeamsActivities.post;

import java.time.Instant;
import java.util.ArrayList;
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
import se.samverka.teams.AdaptiveCardSchema;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.TeamsActivities;

/**
 * Meeting evaluations in Teams, in local dev mode against a fake Bot Connector: when the
 * meeting ends every member gets a card with six 1–5 choices and a comment in a personal
 * chat; answers come as the card's Action.Submit (a redelivered submit counts once) and
 * typed; answering again replaces; the organiser sees counts until five have answered,
 * then the figures.
 */
@SamverkaTest
class EvaluationsInTeamsIntegrationTests {

	static final FakeBotConnector connector = new FakeBotConnector();

	static final String AGENDA = """
			Nätverksträff 3 i Teams
			2021-09-29 Digitalt via Teams
			09:00 Välkommen
			11:45 Tack för idag""";

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

	final String channel = "19:evaluation-" + run + "@thread.tacv2";

	final List<String> people = List.of("bo-" + run, "cia-" + run, "dan-" + run, "eva-" + run, "fia-" + run);

	@BeforeEach
	void beforeTheMeeting() {
		clock.set(Instant.parse("2021-09-20T10:00:00Z"));
	}

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	static String chatOf(String person) {
		return "a:" + person;
	}

	@Test
	void anOrganiserSendsItDuringTheMeetingWhichCountsAsHeldFromItsFirstSlot() {
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa Pågår " + run)));
		String bo = people.get(0);
		say(message(connector.url(), chatOf(bo), "personal", bo, "gå med " + code + " Skolan"));
		say(mentioning(connector.url(), channel, anna, "möte skapa\n" + AGENDA));
		clock.set(Instant.parse("2021-09-29T06:59:00Z")); // 08:59 (summer time)
		assertThat(say(mentioning(connector.url(), channel, anna, "utvärdering skicka")).readable())
			.contains("Ingen träff har hållits än");

		clock.set(Instant.parse("2021-09-29T07:30:00Z")); // 09:30, during the meeting
		assertThat(say(mentioning(connector.url(), channel, anna, "utvärdering skicka")).readable())
			.contains("Utvärderingen av träff 1 ”Nätverksträff 3 i Teams”");
		connector.await(p -> p.conversationId().equals(chatOf(bo)) && p.readable().contains("Utvärdering av träff 1"));
	}

	@Test
	void theCardArrivesPrivatelyIsAnsweredOnceAndResultsShowFromFiveInTeams() throws Exception {
		String code = inviteCode(
				say(mentioning(connector.url(), channel, anna, "nätverk skapa Teamsutvärdering " + run)));
		for (String person : people) {
			say(message(connector.url(), chatOf(person), "personal", person, "gå med " + code + " Skolan"));
		}
		say(mentioning(connector.url(), channel, anna, "möte skapa\n" + AGENDA));

		// 12:00 in Stockholm (summer time): the meeting has ended
		clock.set(Instant.parse("2021-09-29T10:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		Posted bosCard = connector.await(p -> p.conversationId().equals(chatOf(people.get(0)))
				&& p.readable().contains("Utvärdering av träff 1"));
		JsonNode card = bosCard.activity().path("attachments").path(0).path("content");
		AdaptiveCardSchema.assertValid(card);
		assertThat(all(card, "Input.ChoiceSet")).hasSize(6).allSatisfy(c -> {
			assertThat(c.path("isRequired").asBoolean()).isTrue();
			assertThat(c.path("choices")).hasSize(5);
		});
		assertThat(all(card, "Input.ChoiceSet").get(2).path("label").asText())
			.startsWith("Tillit: Vi lyckas att bygga");
		assertThat(all(card, "Input.Text")).singleElement()
			.satisfies(t -> assertThat(t.path("isRequired").asBoolean()).isFalse());
		JsonNode submit = all(card, "Action.Submit").get(0);
		String networkId = mongo.getCollection("networks")
			.find(new Document("name", "Teamsutvärdering " + run))
			.first()
			.getString("_id");
		assertThat(submit.path("data").path("command").asText()).as("the form carries its network")
			.isEqualTo("@" + networkId + " evaluate 1");
		assertThat(submit.path("data").has("msteams")).as("the form is on the card, not in a dialog").isFalse();
		connector.await(p -> p.readable().contains("Utvärdering av träff 1") && !p.conversationId().equals(channel)
				&& people.stream().noneMatch(person -> p.conversationId().equals(chatOf(person))));

		// the card's submit, as Teams posts it; Teams redelivers it with the same id
		ObjectNode submitted = cardSubmit(people.get(0), submit, "Bra samtal", "4", "5", "3", "4", "5", "4");
		assertThat(say(submitted).readable()).contains("Ditt svar på utvärderingen av träff 1 är sparat");
		assertThat(post(port, submitted, null).statusCode()).isEqualTo(200);
		assertThat(answers()).singleElement()
			.satisfies(a -> assertThat(a.getList("scores", Integer.class)).containsExactly(4, 5, 3, 4, 5, 4));
		assertThat(say(message(connector.url(), chatOf(people.get(0)), "personal", people.get(0),
				"utvärdera 1 2 2 2 2 2 2 | Ändrat svar"))
			.readable()).contains("är sparat");
		assertThat(answers()).singleElement().satisfies(a -> {
			assertThat(a.getList("scores", Integer.class)).containsExactly(2, 2, 2, 2, 2, 2);
			assertThat(a.getString("comment")).isEqualTo("Ändrat svar");
		});
		for (String person : people.subList(1, 4)) {
			assertThat(say(message(connector.url(), chatOf(person), "personal", person, "utvärdera 4 4 4 4 4 4"))
				.readable()).contains("är sparat");
		}
		assertThat(answers(mentioning(connector.url(), channel, anna, "utvärdering"))).contains("4 av 6 har svarat")
			.contains("För få svar för att visa (4 av 5)")
			.doesNotContain("Ändrat svar");

		assertThat(say(cardSubmit(people.get(4), submit, "", "5", "5", "5", "5", "5", "5")).readable())
			.contains("är sparat");
		String results = answers(mentioning(connector.url(), channel, anna, "utvärdering 1"));
		assertThat(results).contains("5 av 6 har svarat")
			.contains("Tillit: medel 3,8")
			.contains("4  ▇▇▇▇▇▇▁▁▁▁  3")
			.contains("Ändrat svar")
			.doesNotContain("Bra samtal")
			.doesNotContain("bo-" + run);
		assertThat(mongo.getCollection("transcript")
			.find(new Document("direction", "IN").append("text", new Document("$regex", "Ändrat|Bra samtal")))
			.into(new ArrayList<>())).isEmpty();
	}

	private ObjectNode cardSubmit(String person, JsonNode submit, String comment, String... scores) {
		ObjectNode activity = message(connector.url(), chatOf(person), "personal", person, null);
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

	private List<Document> answers() {
		Document evaluation = mongo.getCollection("evaluations")
			.find(new Document("meetingTitle", "Nätverksträff 3 i Teams").append("invited", new Document("$size", 6)))
			.sort(new Document("createdAt", -1))
			.first();
		return mongo.getCollection("evaluation_answers")
			.find(new Document("evaluationId", evaluation.getString("_id")))
			.into(new ArrayList<>());
	}

	private Posted say(ObjectNode activity) {
		return TeamsActivities.say(port, connector, activity);
	}

	private String answers(ObjectNode activity) {
		return TeamsActivities.answers(port, connector, activity);
	}

}
