package se.samverka.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;

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
 * Homework in Slack, end to end over signed HTTP: an organiser assigns homework with a
 * slash command, each member gets the questions in a direct message, answers by text and
 * through the modal a question's button opens, the member who has not answered is
 * reminded, and the status shows it.
 */
@SamverkaTest
class HomeworkInSlackIntegrationTests {

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
		clock.set(Instant.parse("2021-08-20T10:00:00Z"));
	}

	void network(String name) throws Exception {
		String code = SignedSlack.inviteCode(requests.command(anna, home, "nätverk skapa " + name));
		requests.directMessage(bo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> SignedSlack.isPost(c, bosDm) && c.param("text").contains("Välkommen"));
	}

	@Test
	void homeworkIsAnsweredByTextAndModalRemindedAndShownInSlack() throws Exception {
		network("Slackläxa");
		assertThat(requests.command(anna, home, "läxa 2021-09-30 | Vad tar vi med oss? | Vad ger vi nästa gång?"))
			.contains("Läxa 1 är utskickad (antal frågor: 2)")
			.contains("alla 2 medlemmar (2 nåddes privat)");

		FakeSlack.Call second = slack.await(c -> c.path().equals("chat.postMessage") && c.param("text") != null
				&& c.param("text").contains("Fråga 2: Vad ger vi nästa gång?") && c.param("channel").startsWith("D")
				&& !c.param("channel").equals(FakeSlack.directMessageOf(anna)));
		// the fake is shared by every Slack test: look only at this test's channels
		java.util.Set<String> ours = java.util.Set.of(home, bosDm, FakeSlack.directMessageOf(anna),
				FakeSlack.directMessageOf(bo));
		java.util.function.Predicate<FakeSlack.Call> firstQuestion = c -> c.path().equals("chat.postMessage")
				&& ours.contains(c.param("channel")) && c.param("text") != null
				&& c.param("text").contains("Fråga 1: Vad tar vi med oss?");
		// the questions go out through the delivery ledger, in the background
		Instant deadline = Instant.now().plusSeconds(15);
		while (slack.count(firstQuestion) < 2 && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		assertThat(slack.calls).filteredOn(firstQuestion).hasSize(2).noneMatch(c -> c.param("channel").equals(home));

		assertThat(requests.command(bo, bosDm, "svar 1 Våra rutiner"))
			.contains("Ditt svar på fråga 1 i läxa 1 är sparat (1 av 2 besvarade)");
		JsonObject form = SignedSlack.buttons(JsonParser.parseString(second.param("blocks")).getAsJsonArray()).get(0);
		assertThat(form.get("action_id").getAsString()).startsWith(SignedSlack.FORM_PREFIX);
		String trigger = requests.press(bo, second.param("channel"), form,
				slack.responseUrl("form-" + SignedSlack.next()));
		FakeSlack.Call opened = slack
			.await(c -> c.path().equals("views.open") && c.param("trigger_id").equals(trigger));
		requests.submitModal(bo, second.param("channel"),
				JsonParser.parseString(opened.param("view")).getAsJsonObject(), "Kontakterna från i dag");
		slack.await(c -> c.param("text") != null
				&& c.param("text").contains("fråga 2 i läxa 1 är sparat (2 av 2 besvarade)")
				|| c.body().contains("fråga 2 i läxa 1 är sparat (2 av 2 besvarade)"));
		String annasId = mongo.getCollection("people").find(new Document("userId", anna)).first().getString("_id");
		String homeworkId = mongo.getCollection("homework")
			.find(new Document("questions", "Vad tar vi med oss?").append("createdBy", annasId))
			.first()
			.getString("_id");
		assertThat(mongo.getCollection("homework_answers")
			.find(new Document("homeworkId", homeworkId))
			.into(new ArrayList<>())).singleElement()
			.satisfies(a -> assertThat(a.get("answers", Document.class))
				.isEqualTo(new Document("1", "Våra rutiner").append("2", "Kontakterna från i dag")));

		// two weeks before the due day, 09:00 in Stockholm: only Anna, who has not
		// answered, is reminded
		clock.set(Instant.parse("2021-09-16T07:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		String annasDm = FakeSlack.directMessageOf(anna);
		slack.await(c -> SignedSlack.isPost(c, annasDm) && c.param("text").contains("Påminnelse: läxa 1"));
		assertThat(slack.calls)
			.filteredOn(c -> c.path().equals("chat.postMessage") && c.param("text") != null
					&& c.param("text").contains("Påminnelse: läxa 1")
					&& java.util.Set.of(home, bosDm, annasDm, FakeSlack.directMessageOf(bo))
						.contains(c.param("channel")))
			.singleElement()
			.satisfies(c -> assertThat(c.param("channel")).isEqualTo(annasDm));

		assertThat(requests.command(anna, home, "läxa status")).contains("1 av 2 har svarat på alla frågor")
			.contains("(Polisen)")
			.contains("2 av 2 frågor")
			.contains("0 av 2 frågor");
		clock.set(Instant.parse("2021-10-01T07:00:00Z"));
		assertThat(requests.command(bo, bosDm, "svar 1 Sent")).contains("Läxa 1 stängde efter 2021-09-30");
	}

}
