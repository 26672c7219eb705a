package se.samverka.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.BackgroundWork;
import se.samverka.Ledger;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.chat.NetworkId;
import se.samverka.evaluation.EvaluationResults;
import se.samverka.evaluation.Evaluations;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.web.PlaygroundClient;

/**
 * Meeting evaluations in the playground, over HTTP: when the meeting's last slot ends
 * those who said "här" get the form in their personal room; they answer with the form and
 * by typing, answer again to change it, a resent form counts once, those who have not
 * answered are reminded once, the organiser sees only counts until five have answered and
 * then the figures, and nothing personal reaches the conversation log or the stored
 * answers.
 */
@SamverkaTest
class EvaluationsInThePlaygroundIntegrationTests {

	static final String AGENDA = """
			Nätverksträff 2 – Barnens bästa gäller!
			2026-03-25 Digitalt via Teams
			09:00 Välkommen
			09:30 Grupparbete: Roller & mandat (30 min)
			10:45 Tack för idag""";

	/** 10:45 plus the last slot's 15 minutes, in Stockholm (CET). */
	static final Instant MEETING_ENDS = Instant.parse("2026-03-25T10:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Evaluations evaluations;

	PlaygroundClient client;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + run;

	final String room = "ev-" + run;

	/** Five at the meeting, and Gus who was not. */
	final Map<String, String> members = new LinkedHashMap<>(Map.of("bo-" + run, "Polisen", "cia-" + run, "Skolan",
			"dan-" + run, "Skolan", "eva-" + run, "Regionen", "fia-" + run, "Socialtjänsten", "gus-" + run, "Skolan"));

	final String bo = "bo-" + run;

	final String cia = "cia-" + run;

	final String gus = "gus-" + run;

	String networkId;

	@BeforeEach
	void connect() {
		client = new PlaygroundClient(port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
	}

	void network(String prefix) {
		String name = prefix + " " + run;
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + name));
		members.forEach((browser, organisation) -> say(browser, "gå med " + code + " " + organisation));
		networkId = mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
	}

	String say(String browser, String text) {
		return client.say(browser, browser.equals(anna) ? room : "dm-" + browser, text).html();
	}

	String history(String browser) {
		return client.get("/playground/api/rooms/dm-" + browser + "/history?browserId=" + browser).raw();
	}

	List<Document> answers() {
		return mongo.getCollection("evaluation_answers")
			.find(new Document("evaluationId", evaluationId()))
			.into(new ArrayList<>());
	}

	String evaluationId() {
		return mongo.getCollection("evaluations").find(new Document("networkId", networkId)).first().getString("_id");
	}

	/**
	 * What the page posts when the form's button is pressed: its command and the form's
	 * inputs.
	 */
	PlaygroundClient.Reply submitForm(String browser, String clientMessageId, String command, String comment,
			int... scores) {
		Map<String, String> inputs = new LinkedHashMap<>();
		String[] ids = { "potential", "learning", "trust", "dialogue", "ambition", "responsibility" };
		for (int i = 0; i < ids.length; i++) {
			inputs.put(ids[i], Integer.toString(scores[i]));
		}
		inputs.put("comment", comment);
		return client.post("dm-" + browser, Map.of("clientMessageId", clientMessageId, "browserId", browser,
				"displayName", "Anna " + browser, "locale", "sv", "command", command, "inputs", inputs));
	}

	@Test
	void theMeetingsEndSendsTheFormAnswersStayAnonymousAndResultsShowFromFive() {
		network("Utvärdering");
		say(anna, "möte skapa\n" + AGENDA);
		members.keySet()
			.stream()
			.filter(b -> !b.equals(gus))
			.forEach(b -> assertThat(say(b, "här")).contains("på plats"));
		assertThat(say(bo, "utvärdera")).as("nothing to evaluate before the meeting")
			.contains("ingen öppen utvärdering");

		clock.set(MEETING_ENDS);
		BackgroundWork.runDue(runner, mongo);
		PlaygroundClient.await("the form reaches Bo", () -> history(bo).contains("Utvärdering av träff 1"));
		String form = history(bo);
		assertThat(form).contains("Tillit: Vi lyckas att bygga och stärka relationer")
			.contains("<select")
			.contains("stämmer inte alls")
			.contains("data-command=\\\"@" + networkId + " evaluate 1\\\"")
			.contains("till och med 2026-04-08");
		assertThat(history(gus)).as("Gus was not at the meeting").doesNotContain("Utvärdering av träff");
		assertThat(mongo.getCollection("due_work")
			.find(new Document("_id", "evaluation:" + evaluationId() + ":remind"))
			.first()
			.getDate("dueAt")
			.toInstant()).as("three days later, 09:00 in Stockholm").isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));

		// the form, then the same request again (a resend): one answer
		String resent = UUID.randomUUID().toString();
		assertThat(submitForm(bo, resent, "evaluate 1", "Bra blandning i grupperna", 4, 5, 3, 4, 5, 4).html())
			.contains("Ditt svar på utvärderingen av träff 1 är sparat");
		assertThat(submitForm(bo, resent, "evaluate 1", "Bra blandning i grupperna", 4, 5, 3, 4, 5, 4).body()
			.path("duplicate")
			.asBoolean()).isTrue();
		assertThat(answers()).singleElement().satisfies(a -> {
			assertThat(a.getList("scores", Integer.class)).containsExactly(4, 5, 3, 4, 5, 4);
			assertThat(a.getString("organisation")).as("an organisation of one member is not kept").isNull();
		});
		// answering again, by typing, replaces it
		assertThat(say(bo, "utvärdera 1 2 2 3 3 4 4 | Mer tid för dialog")).contains("är sparat");
		assertThat(answers()).singleElement().satisfies(a -> {
			assertThat(a.getList("scores", Integer.class)).containsExactly(2, 2, 3, 3, 4, 4);
			assertThat(a.getString("comment")).isEqualTo("Mer tid för dialog");
			assertThat(a.keySet()).as("Polisen has one member here: no organisation")
				.containsExactlyInAnyOrder("_id", "evaluationId", "respondent", "scores", "comment", "_class");
			assertThat(a.toJson()).doesNotContain(bo).doesNotContain(personId(bo));
		});
		assertThat(say(cia, "utvärdera 5 5 4 4 5 5")).contains("träff 1 är sparat");

		assertThat(say(gus, "utvärdera 1 4 4 4 4 4 4")).contains("skickades inte till dig");
		String dan = "dan-" + run;
		assertThat(say(dan, "utvärdera 1 4 4 9 4 4 4")).contains("”9” är inte en siffra från 1 till 5")
			.contains("Inget sparades");
		assertThat(say(dan, "utvärdera 4 4 4 | Ring 19121212-1212")).contains("Skriv sex siffror");
		assertThat(say(dan, "utvärdera 4 4 4 4 4 4 | Ring 19121212-1212")).contains("personnummer");
		assertThat(answers()).hasSize(2);

		String tooFew = say(anna, "utvärdering");
		assertThat(tooFew).contains("Utvärdering av träff 1")
			.contains("2 av 5 har svarat")
			.contains("För få svar för att visa (2 av 5)")
			.doesNotContain("medel")
			.doesNotContain("Mer tid för dialog");
		assertThat(say(bo, "utvärdering 1")).contains("Bara nätverkets arrangörer kan använda");

		// three days later at 09:00: those who have not answered are reminded, once
		clock.set(Instant.parse("2026-03-28T08:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		PlaygroundClient.await("the reminder reaches Dan",
				() -> history(dan).contains("Påminnelse: utvärdering av träff 1"));
		PlaygroundClient.await("the reminder reaches Fia",
				() -> history("fia-" + run).contains("Påminnelse: utvärdering"));
		assertThat(history(bo)).doesNotContain("Påminnelse");
		assertThat(history(cia)).doesNotContain("Påminnelse");
		assertThat(history(gus)).doesNotContain("Påminnelse");

		assertThat(say(dan, "utvärdera 1 3 3 3 3 3 3")).contains("är sparat");
		assertThat(say("eva-" + run, "utvärdera 4 4 4 4 4 4 | Tydliga roller")).contains("är sparat");
		assertThat(submitForm("fia-" + run, UUID.randomUUID().toString(), "evaluate 1", "", 1, 2, 3, 4, 5, 5).html())
			.contains("är sparat");

		String results = say(anna, "utvärdering 1");
		assertThat(results).contains("5 av 5 har svarat")
			.contains("Potential och kontext: medel 3,0")
			.contains("Tillit: medel 3,4")
			.contains("▇")
			.contains("Kommentarer (2)")
			.contains("Mer tid för dialog")
			.contains("Tydliga roller")
			.doesNotContain("Bra blandning")
			.doesNotContain(bo)
			.doesNotContain("Per organisation")
			.contains("Svar tas emot till och med 2026-04-08");
		EvaluationResults api = evaluations.results(new NetworkId(networkId), 1).orElseThrow();
		assertThat(api.shown()).isTrue();
		assertThat(api.invited()).isEqualTo(5);
		assertThat(api.answered()).isEqualTo(5);
		assertThat(api.statements().get(2).counts()).containsExactly(0, 0, 3, 2, 0);
		assertThat(evaluations.all(new NetworkId(networkId))).singleElement()
			.extracting(EvaluationResults::meetingNumber)
			.isEqualTo(1);

		assertThat(mongo.getCollection("transcript").find(new Document("networkId", networkId)).into(new ArrayList<>()))
			.as("answers are not kept in the conversation log, nor who gave them (the results shown to the organiser are)")
			.filteredOn(e -> "IN".equals(e.get("direction")))
			.noneMatch(e -> String.valueOf(e.get("text")).contains("Mer tid för dialog")
					|| String.valueOf(e.get("text")).contains("Tydliga roller")
					|| String.valueOf(e.get("text")).contains("2 2 3 3 4 4"))
			.filteredOn(e -> "[evaluate]".equals(e.get("text")))
			.hasSizeGreaterThanOrEqualTo(8)
			.allSatisfy(e -> assertThat(e.get("personId")).isNull());

		// after the last day answers are refused and the reminder is not sent again
		clock.set(Instant.parse("2026-04-08T22:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		assertThat(say(cia, "utvärdera 1 1 1 1 1 1 1")).contains("stängde efter 2026-04-08");
		Ledger.awaitIdle(mongo, networkId);
		assertThat(history(dan).split("Påminnelse: utvärdering", -1)).as("reminded once").hasSize(2);
	}

	@Test
	void aMeetingUnderWayCountsAsHeldFromItsFirstSlot() {
		network("Pågår");
		say(anna, "möte skapa\n" + AGENDA);
		clock.set(Instant.parse("2026-03-25T07:59:00Z")); // 08:59, before the first slot
		assertThat(say(anna, "utvärdering skicka")).contains("Ingen träff har hållits än");

		clock.set(Instant.parse("2026-03-25T08:00:00Z")); // 09:00, the first slot starts
		assertThat(say(anna, "utvärdering skicka")).contains("Utvärderingen av träff 1 ”Nätverksträff 2")
			.contains("alla 7 medlemmar (7 nåddes privat)");
		PlaygroundClient.await("the form reaches Gus", () -> history(gus).contains("Utvärdering av träff 1"));
	}

	@Test
	void organisersSendItByHandEveryoneGetsItOnceAndACancelledMeetingIsNotEvaluated() {
		network("Skicka");
		assertThat(say(anna, "utvärdering")).contains("Ingen träff har utvärderats än");
		assertThat(say(anna, "utvärdering skicka")).contains("Ingen träff har hållits än");
		say(anna, "möte skapa\n" + AGENDA);
		say(anna, "möte skapa\n" + AGENDA.replace("2026-03-25", "2026-05-20"));
		assertThat(say(bo, "utvärdering skicka 1")).contains("Bara nätverkets arrangörer kan använda");

		clock.set(Instant.parse("2026-03-25T09:50:00Z"));
		String sent = say(anna, "utvärdering skicka 1");
		assertThat(sent).contains("Utvärderingen av träff 1 ”Nätverksträff 2")
			.contains("till och med 2026-04-08")
			.contains("Ingen sade ”här”")
			.contains("alla 7 medlemmar (7 nåddes privat)");
		PlaygroundClient.await("the form reaches Gus", () -> history(gus).contains("Utvärdering av träff 1"));
		clock.set(MEETING_ENDS);
		BackgroundWork.runDue(runner, mongo);
		assertThat(say(anna, "utvärdering skicka")).as("the most recent meeting").contains("alla 7 medlemmar");
		assertThat(say(gus, "utvärdera 4 4 4 4 4 4")).contains("träff 1 är sparat");
		PlaygroundClient.await("the outbox is drained", () -> mongo.getCollection("outbox")
			.countDocuments(new Document("networkId", networkId).append("state", "PENDING")) == 0);
		assertThat(history(gus).split("Utvärdering av träff 1", -1)).as("the form once, whoever sent it").hasSize(2);

		assertThat(say(anna, "möte ställ in 2")).contains("är inställt");
		assertThat(mongo.getCollection("due_work")
			.find(new Document("subject",
					mongo.getCollection("meetings")
						.find(new Document("networkId", networkId).append("number", 2))
						.first()
						.getString("_id"))
				.append("kind", "evaluation.send"))
			.first()
			.getString("state")).isEqualTo("CANCELLED");
		assertThat(say(anna, "utvärdering skicka 2")).contains("Träff 2 är inställd");
		assertThat(say(anna, "utvärdering skicka 9")).contains("Det finns ingen träff 9");
		clock.set(Instant.parse("2026-06-01T08:00:00Z"));
		assertThat(say(anna, "utvärdering skicka 1")).contains("har redan stängt");
	}

	String personId(String browser) {
		return mongo.getCollection("people").find(new Document("userId", browser)).first().getString("_id");
	}

}
