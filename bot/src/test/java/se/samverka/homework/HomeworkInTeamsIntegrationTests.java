package se.samverka.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.all;
import static se.samverka.teams.TeamsActivities.cardIn;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.message;

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
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.TeamsActivities;

/**
 * Homework in Teams, in local dev mode against a fake Bot Connector: an organiser assigns
 * homework in the network's channel, each member gets the questions as cards in a
 * personal chat, a member answers by text and with the data a question card's button
 * submits, the organiser who has not answered is reminded in a personal chat the bot
 * opens, and the status shows it.
 */
@SamverkaTest
class HomeworkInTeamsIntegrationTests {

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

	final String channel = "19:homework-" + UUID.randomUUID() + "@thread.tacv2";

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
	void homeworkIsAnsweredByTextAndCardRemindedAndShownInTeams() throws Exception {
		network("Teamsläxa");
		assertThat(answers(mentioning(connector.url(), channel, anna,
				"läxa 2021-09-30 | Vad tar vi med oss? | Vad ger vi nästa gång?")))
			.contains("Läxa 1 är utskickad (antal frågor: 2)")
			.contains("alla 2 medlemmar (2 nåddes privat)");

		// the questions go out through the delivery ledger, in the background
		java.util.function.Supplier<List<Posted>> questionsSoFar = () -> connector.posted()
			.stream()
			.filter(p -> p.method().equals("POST") && p.path().endsWith("/activities")
					&& p.readable().contains("Fråga 2: Vad ger vi nästa gång?"))
			.toList();
		java.time.Instant deadline = java.time.Instant.now().plusSeconds(15);
		while (questionsSoFar.get().size() < 2 && java.time.Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		List<Posted> questions = questionsSoFar.get();
		assertThat(questions).hasSize(2).noneMatch(p -> p.conversationId().equals(channel));
		Posted bosQuestion = questions.stream()
			.filter(p -> p.conversationId().equals(bosChat))
			.findFirst()
			.orElseThrow();
		JsonNode card = cardIn(bosQuestion);
		assertThat(card.toString()).contains("answer 2");

		assertThat(say(message(connector.url(), bosChat, "personal", bo, "svar 1 Våra rutiner")).readable())
			.contains("Ditt svar på fråga 1 i läxa 1 är sparat (1 av 2 besvarade)");
		// the second question's button opens a dialog with the answer input; submitting
		// it answers
		JsonNode dialog = invoke(bosChat, bo, "task/fetch", all(card, "Action.Submit").get(0).path("data"));
		JsonNode dialogCard = dialog.at("/task/value/card/content");
		assertThat(all(dialogCard, "Input.Text")).singleElement()
			.satisfies(i -> assertThat(i.path("id").asText()).isEqualTo("answer"));
		JsonNode submitted = invoke(bosChat, bo, "task/submit",
				((ObjectNode) all(dialogCard, "Action.Submit").get(0).path("data").deepCopy()).put("answer",
						"Kontakterna från i dag"));
		assertThat(submitted.at("/task/type").asText()).isEqualTo("message");
		connector.await(p -> p.conversationId().equals(bosChat)
				&& p.readable().contains("fråga 2 i läxa 1 är sparat (2 av 2 besvarade)"));
		String homeworkId = mongo.getCollection("homework")
			.find(new Document("questions", "Vad tar vi med oss?"))
			.first()
			.getString("_id");
		assertThat(mongo.getCollection("homework_answers")
			.find(new Document("homeworkId", homeworkId))
			.into(new ArrayList<>())).singleElement()
			.satisfies(a -> assertThat(a.get("answers", Document.class))
				.isEqualTo(new Document("1", "Våra rutiner").append("2", "Kontakterna från i dag")));

		// the day before the due day, 09:00 in Stockholm: only Anna, who has not
		// answered, is reminded
		clock.set(Instant.parse("2021-09-29T07:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		Posted reminder = connector.await(p -> p.method().equals("POST") && p.path().endsWith("/activities")
				&& p.readable().contains("Påminnelse: läxa 1"));
		assertThat(reminder.conversationId()).isNotEqualTo(channel).isNotEqualTo(bosChat);
		assertThat(connector.posted()).filteredOn(p -> p.readable().contains("Påminnelse: läxa 1")).hasSize(1);

		assertThat(answers(mentioning(connector.url(), channel, anna, "läxa status")))
			.contains("1 av 2 har svarat på alla frågor")
			.contains("(Polisen)")
			.contains("2 av 2 frågor")
			.contains("0 av 2 frågor");
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
