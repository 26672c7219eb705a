package se.samverka.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * Someone in two networks in Slack, with signed requests against a fake Web API: the
 * modal behind each network's evaluation message answers that network, whatever they
 * joined last; a typed evaluation that could be about either asks which and changes
 * nothing; {@code nätverk lista} and {@code nätverk byt} show and choose, and the typed
 * answer then goes to the chosen network only, the other network's answer and comment
 * kept.
 */
@SamverkaTest
class PeopleInSeveralNetworksInSlackIntegrationTests {

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

	final String alva = "U-alva-" + SignedSlack.next();

	final String bo = "U-bo-" + SignedSlack.next();

	final String bosDm = "D-bo-" + SignedSlack.next();

	final String regionalChannel = "C-regional-" + SignedSlack.next();

	final String localChannel = "C-local-" + SignedSlack.next();

	final String regional = "Regionalt " + SignedSlack.next();

	final String local = "Lokalt " + SignedSlack.next();

	@BeforeEach
	void signRequests() {
		requests = new SignedSlack(slack, FakeSlack.SECRET, clock::instant, port);
		clock.set(Instant.parse("2021-10-20T10:00:00Z"));
	}

	@Test
	void eachModalAnswersItsNetworkAndATypedAnswerForEitherAsksUntilOneIsChosen() throws Exception {
		String regionalCode = SignedSlack
			.inviteCode(requests.command(anna, regionalChannel, "nätverk skapa " + regional));
		String localCode = SignedSlack.inviteCode(requests.command(alva, localChannel, "nätverk skapa " + local));
		for (String code : List.of(regionalCode, localCode)) {
			requests.directMessage(bo, bosDm, "gå med " + code + " Polisen");
			slack.await(c -> SignedSlack.isPost(c, bosDm) && c.param("text").contains("Välkommen")
					&& c.param("text").contains(code.equals(regionalCode) ? regional : local));
		}
		requests.command(anna, regionalChannel, "möte skapa\n" + agenda("Regional träff"));
		requests.command(alva, localChannel, "möte skapa\n" + agenda("Lokal träff"));

		clock.set(Instant.parse("2021-10-27T14:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		assertThat(requests.command(anna, regionalChannel, "utvärdering skicka 1"))
			.contains("Utvärderingen av träff 1");
		assertThat(requests.command(alva, localChannel, "utvärdering skicka 1")).contains("Utvärderingen av träff 1");
		JsonObject regionalButton = buttonOf("Regional träff");
		buttonOf("Lokal träff");

		// the regional modal, though Bo joined the local network last
		String responseUrl = slack.responseUrl("form-" + SignedSlack.next());
		String trigger = requests.press(bo, bosDm, regionalButton, responseUrl);
		JsonObject view = JsonParser
			.parseString(slack.await(c -> c.path().equals("views.open") && c.param("trigger_id").equals(trigger))
				.param("view"))
			.getAsJsonObject();
		assertThat(view.get("private_metadata").getAsString()).contains("@" + networkId(regional) + " evaluate 1");
		requests.submitModal(bo, bosDm, view, new LinkedHashMap<>(Map.of("potential", "4", "learning", "5", "trust",
				"3", "dialogue", "4", "ambition", "5", "responsibility", "4", "comment", "Tydligare roller")));
		slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())
				&& c.body().contains("Ditt svar på utvärderingen av träff 1 är sparat"));
		regionalAnswerKept();
		assertThat(answers(local)).isEmpty();

		String asked = requests.command(bo, bosDm, "utvärdera 3 3 3 3 3 3");
		assertThat(asked).contains("Du är med i flera nätverk och utvärdera kan gälla flera av dem")
			.contains("1. " + local)
			.contains("2. " + regional)
			.contains("nätverk byt")
			.contains("Jag har inte gjort något");
		regionalAnswerKept();
		assertThat(answers(local)).isEmpty();

		assertThat(requests.command(bo, bosDm, "nätverk lista")).contains("Du är med i 2 nätverk")
			.contains("Inget nätverk är valt");
		assertThat(requests.command(bo, bosDm, "nätverk byt " + local)).contains("Nu gäller dina kommandon");
		assertThat(requests.command(bo, bosDm, "nätverk lista")).contains("1. " + local + " (valt)");
		assertThat(requests.command(bo, bosDm, "utvärdera 3 3 3 3 3 3")).contains("är sparat");
		assertThat(answers(local)).singleElement()
			.satisfies(a -> assertThat(a.getList("scores", Integer.class)).containsExactly(3, 3, 3, 3, 3, 3));
		regionalAnswerKept();
	}

	private void regionalAnswerKept() {
		assertThat(answers(regional)).singleElement().satisfies(a -> {
			assertThat(a.getList("scores", Integer.class)).containsExactly(4, 5, 3, 4, 5, 4);
			assertThat(a.getString("comment")).isEqualTo("Tydligare roller");
		});
	}

	static String agenda(String title) {
		return title + "\n2021-10-27 Digitalt\n13:00 Välkommen\n15:45 Tack för idag";
	}

	private JsonObject buttonOf(String meetingTitle) {
		FakeSlack.Call letter = slack.await(c -> SignedSlack.isPost(c, bosDm)
				&& c.param("text").contains("Utvärdering av träff 1") && c.param("text").contains(meetingTitle));
		return SignedSlack.buttons(JsonParser.parseString(letter.param("blocks")).getAsJsonArray()).get(0);
	}

	private String networkId(String name) {
		return StoredAnswers.networkId(mongo, name);
	}

	private List<Document> answers(String networkName) {
		return StoredAnswers.evaluationAnswers(mongo, networkId(networkName));
	}

}
