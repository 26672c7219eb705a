package se.samverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.slack.SignedSlack.inviteCode;
import static se.samverka.slack.SignedSlack.next;
import static se.samverka.slack.SignedSlack.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.Ledger;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;

/**
 * Anonymous commands in a Slack channel, with signed requests against a fake Web API:
 * typed with the slash command or an @mention they are refused with a message only the
 * person sees (the command's ephemeral answer, chat.postEphemeral), nothing is posted to
 * the channel, nothing of them is stored, and the person's DM says how to do it there, in
 * their language.
 */
@SamverkaTest
class SharedConversationRefusalInSlackIntegrationTests {

	static final FakeSlack slack = FakeSlack.shared();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	SignedSlack requests;

	final String anna = "U-anna-" + next();

	final String bo = "U-bo-" + next();

	final String home = "C-anon-" + next();

	final String name = "Slackanonymt " + next();

	@BeforeEach
	void aNetworkWithABoardHomeworkAnEvaluationAndAnAnonymousPoll() throws Exception {
		requests = new SignedSlack(slack, FakeSlack.SECRET, clock::instant, port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String code = inviteCode(requests.command(anna, home, "nätverk skapa " + name));
		assertThat(requests.command(bo, dm(bo), "gå med " + code + " Polisen")).contains("Välkommen");
		requests.command(anna, home, "möte skapa\nTräff 1\n2026-03-25 Växjö\n09:00 Välkommen\n10:00 Tack för idag");
		requests.command(anna, home, "vägg skapa Oro");
		requests.command(anna, home, "läxa 2026-04-30 | Vad tar vi med oss härifrån?");
		requests.command(anna, home, "omröstning Var ska vi fika? | Kanelbulle | Semla | anonym");
		clock.set(Instant.parse("2026-03-26T09:00:00Z"));
		assertThat(requests.command(anna, home, "utvärdering skicka 1")).contains("träff 1");
	}

	@Test
	void slashCommandsInAChannelAreRefusedWithAnEphemeralAnswerAndExplainedInTheDm() throws Exception {
		String secret = "Hemligt " + next();
		for (String typed : List.of("lapp anon " + secret, "utvärdera 1 4 4 4 4 4 4 | " + secret, "svar 1 " + secret,
				"rösta 1 1 ja")) {
			assertThat(requests.command(bo, home, typed)).as(typed)
				.contains("tar jag bara emot i ett personligt meddelande")
				.doesNotContain(secret);
		}
		for (String command : List.of("lapp anon", "utvärdera", "svar", "rösta")) {
			slack.await(c -> c.path().equals("chat.postMessage") && dmsOf(bo).contains(c.param("channel"))
					&& c.param("text").contains("Skriv ”" + command + " …” till mig här i stället"));
		}
		Ledger.awaitIdle(mongo, networkId());
		assertNothingKept(secret);
	}

	@Test
	void aMentionInAChannelIsAnsweredOnlyToThePersonInTheirLanguage() throws Exception {
		requests.command(bo, dm(bo), "language en");
		String secret = "Secret " + next();

		requests.mention(bo, home, "<@UBOT> note anon " + secret);

		FakeSlack.Call refused = slack.await(c -> c.path().equals("chat.postEphemeral") && c.param("user").equals(bo)
				&& c.param("text").contains("I only take “note anon” in a personal message"));
		assertThat(refused.param("channel")).isEqualTo(home);
		slack.await(c -> c.path().equals("chat.postMessage") && dmsOf(bo).contains(c.param("channel"))
				&& c.param("text").contains("Write “note anon …” to me here instead"));
		Ledger.awaitIdle(mongo, networkId());
		assertThat(slack.calls).noneMatch(c -> c.path().equals("chat.postMessage") && home.equals(c.param("channel"))
				&& (c.body().contains("note anon") || c.body().contains("I only take")));
		assertNothingKept(secret);
	}

	private void assertNothingKept(String secret) {
		assertThat(slack.calls).noneMatch(c -> c.body().contains(secret));
		assertThat(mongo.getCollection("transcript")
			.find(new Document("conversation", "slack:T1:" + home))
			.map(Document::toJson)
			.into(new ArrayList<>())).isNotEmpty().noneMatch(e -> e.contains(secret) || e.contains(personId(bo)));
		for (String collection : mongo.getCollectionNames()) {
			assertThat(mongo.getCollection(collection).find().map(Document::toJson).into(new ArrayList<>()))
				.as(collection)
				.noneMatch(d -> d.contains(secret));
		}
	}

	private static String dm(String user) {
		return "D-" + user;
	}

	private static Set<String> dmsOf(String user) {
		return Set.of(dm(user), FakeSlack.directMessageOf(user));
	}

	private String networkId() {
		return mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
	}

	private String personId(String user) {
		return mongo.getCollection("people").find(new Document("userId", user)).first().getString("_id");
	}

}
