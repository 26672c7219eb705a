package se.samverka.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.google.gson.JsonObject;

import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;

/**
 * Date polls in Slack, end to end over signed HTTP: an organiser starts a poll with a
 * slash command, a member votes by text and with the command a card's button sends, the
 * member who has not voted is reminded in a direct message opened with
 * conversations.open, and at the deadline the result is announced in the network's
 * channel; a late vote is refused.
 */
@SamverkaTest
class PollVotingInSlackIntegrationTests {

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
	void aPollIsVotedOnRemindedAndClosedInSlack() throws Exception {
		network("Slackomröstning");
		assertThat(requests.command(anna, home,
				"omröstning Nästa Slackträff? | 2021-09-29 | 2021-10-01 | deadline 2021-09-01 12:00"))
			.contains("Omröstning 1 ”Nästa Slackträff?” är startad med 2 alternativ");

		assertThat(requests.command(bo, bosDm, "rösta 1 1 ja")).contains("Du svarade ja på alternativ 1 (2021-09-29)");
		// the command a card's button sends, clicked twice
		JsonObject button = new JsonObject();
		button.addProperty("action_id", SignedSlack.COMMAND_PREFIX + "0");
		button.addProperty("value", "vote 1 2 maybe");
		for (int click = 0; click < 2; click++) {
			String responseUrl = slack.responseUrl("vote-" + SignedSlack.next());
			requests.press(bo, bosDm, button, responseUrl);
			assertThat(SignedSlack.text(slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())).body()))
				.contains("Du svarade om det behövs på alternativ 2 (2021-10-01)");
		}
		String pollId = mongo.getCollection("polls")
			.find(new Document("question", "Nästa Slackträff?"))
			.first()
			.getString("_id");
		assertThat(mongo.getCollection("poll_votes").find(new Document("pollId", pollId)).into(new ArrayList<>()))
			.singleElement()
			.satisfies(v -> assertThat(v.get("answers", Document.class))
				.isEqualTo(new Document(Map.of("1", "YES", "2", "MAYBE"))));

		clock.set(Instant.parse("2021-08-30T10:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		String annasDm = FakeSlack.directMessageOf(anna);
		slack.await(c -> SignedSlack.isPost(c, annasDm) && c.param("text").contains("Påminnelse: Nästa Slackträff?"));
		// the fake is shared by every Slack test: look only at this test's channels
		java.util.Set<String> others = java.util.Set.of(home, bosDm, FakeSlack.directMessageOf(bo));
		assertThat(slack.calls).noneMatch(c -> c.path().equals("chat.postMessage") && c.param("text") != null
				&& c.param("text").contains("Påminnelse") && others.contains(c.param("channel")));

		clock.set(Instant.parse("2021-09-01T10:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		FakeSlack.Call result = slack
			.await(c -> SignedSlack.isPost(c, home) && c.param("text").contains("Resultat av omröstning 1"));
		assertThat(result.param("text")).contains("Det blev 2021-09-29").contains("/calendar/");
		assertThat(requests.command(bo, bosDm, "rösta 1 2 ja")).contains("är stängd");
	}

}
