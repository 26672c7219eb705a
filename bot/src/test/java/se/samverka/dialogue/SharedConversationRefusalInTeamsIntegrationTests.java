package se.samverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.mentioning;
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

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.Ledger;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.TeamsActivities;

/**
 * Anonymous commands typed in a Teams channel, against a fake Bot Connector: the channel
 * gets no reply that could echo them, nothing of them is stored (the channel's
 * conversation log included), and the person's personal chat says how to do it there. A
 * click on an anonymous poll's card in the channel is taken, and answered in the channel
 * by nothing.
 */
@SamverkaTest
class SharedConversationRefusalInTeamsIntegrationTests {

	static final FakeBotConnector connector = new FakeBotConnector();

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	final String id = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + id;

	final String bo = "bo-" + id;

	final String channel = "19:anon-" + id + "@thread.tacv2";

	final String name = "Teamsanonymt " + id;

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@BeforeEach
	void aNetworkWithABoardHomeworkAnEvaluationAndAnAnonymousPoll() {
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa " + name)));
		assertThat(say(personal(bo, "gå med " + code + " Polisen")).readable()).contains("Välkommen");
		inChannel(anna, "möte skapa\nTräff 1\n2026-03-25 Växjö\n09:00 Välkommen\n10:00 Tack för idag");
		inChannel(anna, "vägg skapa Oro");
		inChannel(anna, "läxa 2026-04-30 | Vad tar vi med oss härifrån?");
		inChannel(anna, "omröstning Var ska vi fika? | Kanelbulle | Semla | anonym");
		clock.set(Instant.parse("2026-03-26T09:00:00Z"));
		inChannel(anna, "utvärdering skicka 1");
	}

	@Test
	void anonymousCommandsTypedInAChannelGetNoReplyThereAndAPrivateExplanation() {
		String secret = "Hemligt " + UUID.randomUUID();
		for (String typed : List.of("lapp anon " + secret, "utvärdera 1 4 4 4 4 4 4 | " + secret, "svar 1 " + secret,
				"rösta 1 1 ja")) {
			ObjectNode activity = mentioning(connector.url(), channel, bo, typed);
			assertThat(TeamsActivities.post(port, activity, null).statusCode()).isEqualTo(200);
			assertThat(connector.postedTo(channel)).as(typed)
				.noneMatch(p -> p.path().endsWith("/" + activity.get("id").asText()));
		}

		for (String command : List.of("lapp anon", "utvärdera", "svar", "rösta")) {
			connector.await(p -> p.conversationId().equals(chatOf(bo))
					&& p.readable().contains("Skriv ”" + command + " …” till mig här i stället"));
		}
		Ledger.awaitIdle(mongo, networkId());
		assertThat(connector.posted()).noneMatch(p -> p.activity().toString().contains(secret));
		assertThat(connector.postedTo(channel)).noneMatch(p -> p.readable().contains("tar jag bara emot"));
		assertThat(count("notes", "boardId", "boards")).isZero();
		assertThat(count("evaluation_answers", "evaluationId", "evaluations")).isZero();
		assertThat(count("homework_answers", "homeworkId", "homework")).isZero();
		assertThat(count("poll_votes", "pollId", "polls")).isZero();
		assertThat(channelTranscript()).isNotEmpty().noneMatch(e -> e.contains(secret) || e.contains(personId(bo)));
		for (String collection : mongo.getCollectionNames()) {
			assertThat(mongo.getCollection(collection).find().map(Document::toJson).into(new ArrayList<>()))
				.as(collection)
				.noneMatch(d -> d.contains(secret));
		}
	}

	@Test
	void aClickOnTheAnonymousPollsCardInAChannelCountsAndIsNotEchoed() {
		ObjectNode click = message(connector.url(), channel, "channel", bo, null);
		click.remove("text");
		click.putObject("value").put("command", "vote 1 2 yes");
		assertThat(TeamsActivities.post(port, click, null).statusCode()).isEqualTo(200);

		assertThat(count("poll_votes", "pollId", "polls")).isEqualTo(1);
		assertThat(connector.postedTo(channel)).noneMatch(p -> p.path().endsWith("/" + click.get("id").asText()));
		assertThat(channelTranscript()).noneMatch(e -> e.contains(personId(bo)));
	}

	private long count(String collection, String field, String items) {
		String item = mongo.getCollection(items).find(new Document("networkId", networkId())).first().getString("_id");
		return mongo.getCollection(collection).countDocuments(new Document(field, item));
	}

	private void inChannel(String user, String text) {
		assertThat(say(mentioning(connector.url(), channel, user, text)).readable()).isNotBlank();
	}

	private String networkId() {
		return mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
	}

	private String personId(String user) {
		return mongo.getCollection("people").find(new Document("userId", "aad-" + user)).first().getString("_id");
	}

	private List<String> channelTranscript() {
		return mongo.getCollection("transcript")
			.find(new Document("conversation", "teams:tenant-1:" + channel))
			.map(Document::toJson)
			.into(new ArrayList<>());
	}

	private ObjectNode personal(String user, String text) {
		return message(connector.url(), chatOf(user), "personal", user, text);
	}

	private static String chatOf(String user) {
		return "a:" + user;
	}

	private Posted say(ObjectNode activity) {
		return TeamsActivities.say(port, connector, activity);
	}

}
