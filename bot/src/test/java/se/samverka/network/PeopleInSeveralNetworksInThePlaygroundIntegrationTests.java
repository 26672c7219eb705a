package se.samverka.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.chat.ActionInvocation;
import se.samverka.chat.NetworkId;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.web.PlaygroundClient;

/**
 * Someone in a regional and a local network, in the playground over HTTP: a typed answer
 * goes to the only network with open homework, whichever they joined last; each
 * evaluation form carries its network, so its answer lands there; a typed evaluation that
 * could be about either asks which (naming both and how to choose) and changes nothing,
 * in particular not the other network's answer and comment; {@code nätverk lista} and
 * {@code nätverk byt} show and choose, in Swedish and English.
 */
@SamverkaTest
class PeopleInSeveralNetworksInThePlaygroundIntegrationTests {

	static final String AGENDA = """
			Nätverksträff 1
			2026-03-25 Digitalt
			09:00 Välkommen
			10:45 Tack för idag""";

	/** 10:45 plus the last slot's 15 minutes, in Stockholm (CET). */
	static final Instant MEETING_ENDS = Instant.parse("2026-03-25T10:00:00Z");

	static final Pattern FORM_COMMAND = Pattern.compile("data-command=\\\\\"(@[^\\\\\"]+ evaluate 1)\\\\\"");

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	PlaygroundClient client;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final String annaA = "anna-" + run;

	final String annaB = "alva-" + run;

	final String bo = "bo-" + run;

	final String eva = "eva-" + run;

	final String regional = "Regionalt " + run;

	final String local = "Lokalt " + run;

	String regionalId;

	String localId;

	@BeforeEach
	void twoNetworks() {
		client = new PlaygroundClient(port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		say(eva, "language en");
		String regionalCode = PlaygroundClient
			.inviteCode(client.say(annaA, "rum-a-" + run, "nätverk skapa " + regional));
		String localCode = PlaygroundClient.inviteCode(client.say(annaB, "rum-b-" + run, "nätverk skapa " + local));
		// the regional network first, the local one last
		assertThat(say(bo, "gå med " + regionalCode + " Polisen")).contains("Välkommen");
		assertThat(say(bo, "gå med " + localCode + " Polisen")).contains("Välkommen");
		assertThat(say(eva, "join " + regionalCode + " Skolan")).contains("Welcome");
		assertThat(say(eva, "join " + localCode + " Skolan")).contains("Welcome");
		regionalId = networkId(regional);
		localId = networkId(local);
		client.say(annaA, "rum-a-" + run, "möte skapa\n" + AGENDA);
		client.say(annaB, "rum-b-" + run, "möte skapa\n" + AGENDA);
	}

	@Test
	void answersGoToTheirItemAndAnEvaluationForEitherNetworkAsksAndChangesNothing() {
		// homework only in the regional network: the answer goes there, though Bo joined
		// the local one last
		assertThat(client.say(annaA, "rum-a-" + run, "läxa 2026-04-30 | Vad tar du med dig?").html())
			.contains("Läxa 1");
		PlaygroundClient.await("the homework reaches Bo", () -> history(bo).contains("Läxa 1 till nästa träff"));
		assertThat(say(bo, "svar 1 Samverkan med skolan")).contains("Ditt svar på fråga 1 i läxa 1 är sparat");
		assertThat(homeworkAnswers(regionalId)).singleElement()
			.satisfies(
					a -> assertThat(a.get("answers", Document.class).getString("1")).isEqualTo("Samverkan med skolan"));

		// both evaluations open: each form carries its own network
		clock.set(MEETING_ENDS);
		BackgroundWork.runDue(runner, mongo);
		assertThat(client.say(annaA, "rum-a-" + run, "utvärdering skicka 1").html())
			.contains("Utvärderingen av träff 1");
		assertThat(client.say(annaB, "rum-b-" + run, "utvärdering skicka 1").html())
			.contains("Utvärderingen av träff 1");
		PlaygroundClient.await("both forms reach Bo", () -> formCommands(history(bo)).size() == 2);
		assertThat(formCommands(history(bo))).containsExactlyInAnyOrder("@" + regionalId + " evaluate 1",
				"@" + localId + " evaluate 1");

		assertThat(submitForm(bo, "@" + regionalId + " evaluate 1", "Tydligare roller", 4, 5, 3, 4, 5, 4))
			.contains("Ditt svar på utvärderingen av träff 1 är sparat");
		assertThat(evaluationAnswers(localId)).as("the form of the regional network answers it, not the local one")
			.isEmpty();
		assertRegionalAnswerKept();

		// typed, it could be about either: asked, nothing changed
		String asked = say(bo, "utvärdera 3 3 3 3 3 3");
		assertThat(asked).contains("Du är med i flera nätverk och utvärdera kan gälla flera av dem")
			.contains("1. " + local)
			.contains("2. " + regional)
			.contains("nätverk byt &lt;nummer|namn&gt;")
			.contains("Jag har inte gjort något")
			.doesNotContain("är sparat");
		assertRegionalAnswerKept();
		assertThat(evaluationAnswers(localId)).isEmpty();

		String listed = say(bo, "nätverk lista");
		assertThat(listed).contains("Du är med i 2 nätverk")
			.contains("1. " + local)
			.contains("2. " + regional)
			.contains("Inget nätverk är valt")
			.doesNotContain("(valt)");
		assertThat(say(bo, "nätverk byt 3")).contains("Du är inte med i något nätverk som heter ”3”")
			.contains("2. " + regional);
		assertThat(say(bo, "nätverk byt lokalt")).contains("Nu gäller dina kommandon i ditt personliga samtal")
			.contains(local);
		assertThat(say(bo, "nätverk lista")).contains("1. " + local + " (valt)");

		// chosen: the typed evaluation answers the local network only
		assertThat(say(bo, "utvärdera 3 3 3 3 3 3")).contains("Ditt svar på utvärderingen av träff 1 är sparat");
		assertThat(evaluationAnswers(localId)).singleElement().satisfies(a -> {
			assertThat(a.getList("scores", Integer.class)).containsExactly(3, 3, 3, 3, 3, 3);
			assertThat(a.getString("comment")).isNull();
		});
		assertRegionalAnswerKept();
		// the homework card's button answers its homework, whatever network is chosen
		Matcher homeworkButton = Pattern.compile("data-command=\\\\\"(@[^\\\\\"]+ answer 1)\\\\\"")
			.matcher(history(bo));
		assertThat(homeworkButton.find()).isTrue();
		assertThat(homeworkButton.group(1)).startsWith("@" + regionalId + "/");
		assertThat(client.post("dm-" + bo,
				Map.of("clientMessageId", UUID.randomUUID().toString(), "browserId", bo, "displayName", "Bo " + bo,
						"locale", "sv", "command", homeworkButton.group(1), "inputs", Map.of("answer", "Från kortet")))
			.html()).contains("Ditt svar på fråga 1 i läxa 1 är sparat");
		assertThat(homeworkAnswers(regionalId)).singleElement()
			.satisfies(a -> assertThat(a.get("answers", Document.class).getString("1")).isEqualTo("Från kortet"));
		// and the regional form still answers the regional network
		assertThat(submitForm(bo, "@" + regionalId + " evaluate 1", "Ännu tydligare", 5, 5, 5, 5, 5, 5))
			.contains("är sparat");
		assertThat(evaluationAnswers(regionalId)).singleElement()
			.satisfies(a -> assertThat(a.getString("comment")).isEqualTo("Ännu tydligare"));
		assertThat(evaluationAnswers(localId)).singleElement()
			.satisfies(a -> assertThat(a.getList("scores", Integer.class)).containsExactly(3, 3, 3, 3, 3, 3));
	}

	@Test
	void inEnglishTheQuestionNamesTheNetworksAndSwitchingChooses() {
		// homework open in both: a typed answer could be for either
		client.say(annaA, "rum-a-" + run, "läxa 2026-04-30 | Vad tar du med dig?");
		client.say(annaB, "rum-b-" + run, "läxa 2026-04-30 | Vad saknas?");
		PlaygroundClient.await("both homework letters reach Eva",
				() -> history(eva).split("Homework 1", -1).length > 2);
		assertThat(say(eva, "answer 1 More time")).contains("You are in several networks and answer could be about")
			.contains("I have done nothing");
		assertThat(homeworkAnswers(regionalId)).isEmpty();
		assertThat(homeworkAnswers(localId)).isEmpty();
		// a command without an item asks too, until a network is chosen
		assertThat(say(eva, "here")).contains("You are in several networks and here could be about");

		clock.set(MEETING_ENDS);
		BackgroundWork.runDue(runner, mongo);
		client.say(annaA, "rum-a-" + run, "utvärdering skicka 1");
		client.say(annaB, "rum-b-" + run, "utvärdering skicka 1");
		PlaygroundClient.await("both forms reach Eva", () -> formCommands(history(eva)).size() == 2);

		String asked = say(eva, "evaluate 2 2 2 2 2 2 | Good");
		assertThat(asked).contains("You are in several networks and evaluate could be about more than one of them")
			.contains("1. " + local)
			.contains("2. " + regional)
			.contains("network switch &lt;number|name&gt;")
			.contains("I have done nothing");
		assertThat(evaluationAnswers(regionalId)).isEmpty();
		assertThat(evaluationAnswers(localId)).isEmpty();

		assertThat(say(eva, "network list")).contains("You are in 2 networks").contains("No network is chosen");
		assertThat(say(eva, "network switch Regionalt")).contains("now about the network “" + regional + "”");
		assertThat(say(eva, "network list")).contains("2. " + regional + " (chosen)");
		assertThat(say(eva, "evaluate 2 2 2 2 2 2 | Good")).contains("is saved");
		assertThat(evaluationAnswers(regionalId)).singleElement()
			.satisfies(a -> assertThat(a.getString("comment")).isEqualTo("Good"));
		assertThat(evaluationAnswers(localId)).isEmpty();
		assertThat(say(eva, "network switch")).contains("Type network switch");
	}

	@Test
	void aVoteFromAPollCardCountsInThePollsNetworkWhicheverNetworkIsChosen() {
		assertThat(client.say(annaA, "rum-a-" + run, "omröstning Nästa träff? | 2026-09-29 | 2026-10-01").html())
			.contains("Omröstning 1");
		assertThat(client.say(annaB, "rum-b-" + run, "omröstning Nästa träff? | 2026-09-30 | 2026-10-02").html())
			.contains("Omröstning 1");
		// typed, poll 1 could be either network's
		assertThat(say(bo, "rösta 1 1 ja")).contains("Jag har inte gjort något").doesNotContain("Du svarade");
		assertThat(votes(regionalId)).isEmpty();
		assertThat(votes(localId)).isEmpty();

		assertThat(say(bo, "nätverk byt lokalt")).contains(local);
		String cardRoom = "/playground/api/rooms/rum-a-" + run + "/history?browserId=" + bo;
		PlaygroundClient.await("the regional poll card is posted",
				() -> client.get(cardRoom).raw().contains("vote 1 2 yes"));
		// what the regional card's "ja" button on option 2 runs, pressed where no
		// conversation decides the network
		String fromTheCard = ActionInvocation.scoped(new NetworkId(regionalId), null, "vote 1 2 yes");
		assertThat(client.post("dm-" + bo,
				Map.of("clientMessageId", UUID.randomUUID().toString(), "browserId", bo, "displayName", "Bo " + bo,
						"locale", "sv", "command", fromTheCard, "inputs", Map.of()))
			.html()).contains("Du svarade ja på alternativ 2");
		assertThat(votes(regionalId)).as("the card's poll got the vote").hasSize(1);
		assertThat(votes(localId)).as("the chosen network's poll did not").isEmpty();
		// typed, with the local network chosen, the vote is the local poll's
		assertThat(say(bo, "rösta 1 1 ja")).contains("Du svarade ja på alternativ 1");
		assertThat(votes(localId)).hasSize(1);
		assertThat(votes(regionalId)).hasSize(1);
	}

	@Test
	void aTypedVoteForAPollNumberOnlyOneNetworkHasGoesThereWithoutAsking() {
		client.say(annaA, "rum-a-" + run, "omröstning Nästa träff? | 2026-09-29 | 2026-10-01");
		assertThat(client.say(annaA, "rum-a-" + run, "omröstning Plats? | Umeå | Luleå").html())
			.contains("Omröstning 2");
		assertThat(client.say(annaB, "rum-b-" + run, "omröstning Nästa träff? | 2026-09-30 | 2026-10-02").html())
			.contains("Omröstning 1");
		// only the regional network has a poll 2; Bo joined the local one last
		assertThat(say(bo, "rösta 2 1 ja")).contains("Du svarade ja på alternativ 1");
		assertThat(votes(regionalId, 2)).hasSize(1);
		assertThat(votes(localId, 1)).isEmpty();
		// poll 1 is in both: asked, nothing counted
		assertThat(say(bo, "rösta 1 1 ja")).contains("Jag har inte gjort något");
		assertThat(votes(regionalId, 1)).isEmpty();
		assertThat(votes(localId, 1)).isEmpty();
	}

	private List<Document> votes(String networkId) {
		return votes(networkId, 1);
	}

	private List<Document> votes(String networkId, int number) {
		String poll = mongo.getCollection("polls")
			.find(new Document("networkId", networkId).append("number", number))
			.first()
			.getString("_id");
		return mongo.getCollection("poll_votes").find(new Document("pollId", poll)).into(new ArrayList<>());
	}

	private void assertRegionalAnswerKept() {
		assertThat(evaluationAnswers(regionalId)).singleElement().satisfies(a -> {
			assertThat(a.getList("scores", Integer.class)).containsExactly(4, 5, 3, 4, 5, 4);
			assertThat(a.getString("comment")).isEqualTo("Tydligare roller");
		});
	}

	String say(String browser, String text) {
		return client.say(browser, "dm-" + browser, text).html();
	}

	String history(String browser) {
		return client.get("/playground/api/rooms/dm-" + browser + "/history?browserId=" + browser).raw();
	}

	static List<String> formCommands(String history) {
		List<String> commands = new ArrayList<>();
		Matcher matcher = FORM_COMMAND.matcher(history);
		while (matcher.find()) {
			if (!commands.contains(matcher.group(1))) {
				commands.add(matcher.group(1));
			}
		}
		return commands;
	}

	String submitForm(String browser, String command, String comment, int... scores) {
		Map<String, String> inputs = new LinkedHashMap<>();
		String[] ids = { "potential", "learning", "trust", "dialogue", "ambition", "responsibility" };
		for (int i = 0; i < ids.length; i++) {
			inputs.put(ids[i], Integer.toString(scores[i]));
		}
		inputs.put("comment", comment);
		return client
			.post("dm-" + browser, Map.of("clientMessageId", UUID.randomUUID().toString(), "browserId", browser,
					"displayName", "Bo " + browser, "locale", "sv", "command", command, "inputs", inputs))
			.html();
	}

	String networkId(String name) {
		return StoredAnswers.networkId(mongo, name);
	}

	List<Document> evaluationAnswers(String networkId) {
		return StoredAnswers.evaluationAnswers(mongo, networkId);
	}

	List<Document> homeworkAnswers(String networkId) {
		return StoredAnswers.homeworkAnswers(mongo, networkId);
	}

}
