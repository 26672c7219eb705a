package se.samverka.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;

/**
 * Meeting evaluations in Slack, end to end over signed HTTP: when the meeting ends each
 * member gets a direct message whose button opens a modal with six 1–5 selects and an
 * optional comment; the submitted modal is answered once even when Slack sends it again;
 * answering again replaces; the organiser sees counts until five have answered, then the
 * figures.
 */
@SamverkaTest
class EvaluationsInSlackIntegrationTests {

	static final String SECRET = FakeSlack.SECRET;

	static final FakeSlack slack = FakeSlack.shared();

	static final String AGENDA = """
			Nätverksträff 4 i Slack
			2021-10-27 Digitalt
			13:00 Välkommen
			15:45 Tack för idag""";

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

	final String home = "C-home-" + SignedSlack.next();

	/** Person → their direct message with the bot. */
	final Map<String, String> people = new LinkedHashMap<>();

	@BeforeEach
	void setClock() {
		requests = new SignedSlack(slack, SECRET, clock::instant, port);
		clock.set(Instant.parse("2021-10-20T10:00:00Z"));
		for (String name : List.of("bo", "cia", "dan", "eva", "fia")) {
			people.put("U-" + name + "-" + SignedSlack.next(), "D-" + name + "-" + SignedSlack.next());
		}
	}

	@Test
	void anOrganiserSendsItDuringTheMeetingWhichCountsAsHeldFromItsFirstSlot() throws Exception {
		String code = SignedSlack.inviteCode(requests.command(anna, home, "nätverk skapa Pågår " + SignedSlack.next()));
		String bo = people.keySet().iterator().next();
		String bosDm = people.get(bo);
		requests.directMessage(bo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> SignedSlack.isPost(c, bosDm) && c.param("text").contains("Välkommen"));
		assertThat(requests.command(anna, home, "möte skapa\n" + AGENDA)).contains("Möte 1");
		clock.set(Instant.parse("2021-10-27T10:59:00Z")); // 12:59 (summer time)
		assertThat(requests.command(anna, home, "utvärdering skicka")).contains("Ingen träff har hållits än");

		clock.set(Instant.parse("2021-10-27T11:30:00Z")); // 13:30, during the meeting
		assertThat(requests.command(anna, home, "utvärdering skicka"))
			.contains("Utvärderingen av träff 1 ”Nätverksträff 4 i Slack”");
		slack.await(c -> SignedSlack.isPost(c, bosDm) && c.param("text").contains("Utvärdering av träff 1"));
	}

	@Test
	void theModalIsAnsweredOnceAndResultsShowFromFiveInSlack() throws Exception {
		String code = SignedSlack
			.inviteCode(requests.command(anna, home, "nätverk skapa Slackutvärdering " + SignedSlack.next()));
		for (Map.Entry<String, String> person : people.entrySet()) {
			requests.directMessage(person.getKey(), person.getValue(), "gå med " + code + " Polisen");
			slack.await(c -> SignedSlack.isPost(c, person.getValue()) && c.param("text").contains("Välkommen"));
		}
		assertThat(requests.command(anna, home, "möte skapa\n" + AGENDA)).contains("Möte 1");

		// 16:00 in Stockholm (summer time until October 31): the meeting has ended
		clock.set(Instant.parse("2021-10-27T14:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		String bo = people.keySet().iterator().next();
		String bosDm = people.get(bo);
		FakeSlack.Call letter = slack
			.await(c -> SignedSlack.isPost(c, bosDm) && c.param("text").contains("Utvärdering av träff 1"));
		assertThat(letter.param("text")).contains("Tillit: Vi lyckas att bygga").contains("utvärdera 1 4 5 3 4 5 4");
		JsonObject button = SignedSlack.buttons(JsonParser.parseString(letter.param("blocks")).getAsJsonArray()).get(0);
		assertThat(button.get("action_id").getAsString()).startsWith(SignedSlack.FORM_PREFIX);
		slack.await(c -> SignedSlack.isPost(c, FakeSlack.directMessageOf(anna))
				&& c.param("text").contains("Utvärdering av träff 1"));

		String responseUrl = slack.responseUrl("form-" + SignedSlack.next());
		String trigger = requests.press(bo, bosDm, button, responseUrl);
		JsonObject view = JsonParser
			.parseString(slack.await(c -> c.path().equals("views.open") && c.param("trigger_id").equals(trigger))
				.param("view"))
			.getAsJsonObject();
		List<JsonObject> inputs = view.getAsJsonArray("blocks")
			.asList()
			.stream()
			.map(JsonElement::getAsJsonObject)
			.toList();
		assertThat(inputs).hasSize(7);
		assertThat(inputs.subList(0, 6)).allSatisfy(b -> {
			assertThat(b.getAsJsonObject("element").get("type").getAsString()).isEqualTo("static_select");
			assertThat(b.getAsJsonObject("element").getAsJsonArray("options")).hasSize(5);
			assertThat(b.has("optional")).isFalse();
		});
		assertThat(inputs.get(6).get("optional").getAsBoolean()).isTrue();

		Map<String, String> typed = new LinkedHashMap<>(Map.of("potential", "4", "learning", "5", "trust", "3",
				"dialogue", "4", "ambition", "5", "responsibility", "4", "comment", "Bra samtal"));
		JsonObject submission = requests.submitModal(bo, bosDm, view, typed);
		slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())
				&& c.body().contains("Ditt svar på utvärderingen av träff 1 är sparat"));
		// Slack sends the same submission again: one answer
		assertThat(requests.postPayload(submission).statusCode()).isEqualTo(200);
		assertThat(answers()).singleElement()
			.satisfies(a -> assertThat(a.getList("scores", Integer.class)).containsExactly(4, 5, 3, 4, 5, 4));

		assertThat(requests.command(bo, bosDm, "utvärdera 1 2 2 2 2 2 2 | Ändrat svar")).contains("är sparat");
		assertThat(answers()).singleElement().satisfies(a -> {
			assertThat(a.getList("scores", Integer.class)).containsExactly(2, 2, 2, 2, 2, 2);
			assertThat(a.getString("comment")).isEqualTo("Ändrat svar");
		});
		List<String> others = new ArrayList<>(people.keySet()).subList(1, 5);
		for (String person : others.subList(0, 3)) {
			assertThat(requests.command(person, people.get(person), "utvärdera 4 4 4 4 4 4")).contains("är sparat");
		}
		assertThat(requests.command(anna, home, "utvärdering")).contains("4 av 6 har svarat")
			.contains("För få svar för att visa (4 av 5)")
			.doesNotContain("Ändrat svar");

		String fia = others.get(3);
		assertThat(requests.command(fia, people.get(fia), "utvärdera 1 5 5 5 5 5 5 | <!channel> kom igen"))
			.contains("är sparat");
		String results = requests.command(anna, home, "utvärdering 1");
		assertThat(results).contains("5 av 6 har svarat")
			.contains("Tillit: medel 3,8")
			.contains("Ändrat svar")
			.contains("&lt;!channel&gt; kom igen")
			.doesNotContain("<!channel>")
			.doesNotContain("Bra samtal");
		assertThat(mongo.getCollection("transcript")
			.find(new Document("direction", "IN").append("text", new Document("$regex", "Ändrat|Bra samtal|kom igen")))
			.into(new ArrayList<>())).isEmpty();
	}

	private List<Document> answers() {
		Document evaluation = mongo.getCollection("evaluations")
			.find(new Document("meetingTitle", "Nätverksträff 4 i Slack"))
			.sort(new Document("createdAt", -1))
			.first();
		return mongo.getCollection("evaluation_answers")
			.find(new Document("evaluationId", evaluation.getString("_id")))
			.into(new ArrayList<>());
	}

}
