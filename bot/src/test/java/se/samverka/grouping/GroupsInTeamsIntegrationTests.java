package se.samverka.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.message;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import se.samverka.teams.AdaptiveCardSchema;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.TeamsActivities;

/**
 * Mixed groups in Teams against a fake Bot Connector: members join from their personal
 * chats or from the network's channel, say they are here, and the organiser makes groups
 * of three. The split is posted in the channel; each person gets their group in their
 * personal chat, which for someone who has only written in the channel is first created
 * (POST /v3/conversations).
 */
@SamverkaTest
class GroupsInTeamsIntegrationTests {

	static final String AGENDA = """
			Nätverksträff 2 – Barnens bästa gäller!
			2026-03-25 Digitalt via Teams
			09:00 Välkommen | Ann-Christine Andersson
			09:30 Grupparbete: Roller & mandat (30 min)
			  Förväntningar på oss inom vår egen enhet/verksamhet
			10:00 Tack för idag""";

	/** Two group works, the second after a break. */
	static final String TWO_GROUP_WORKS = GroupsInThePlaygroundIntegrationTests.AGENDA;

	static final FakeBotConnector connector = new FakeBotConnector();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	final String id = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + id;

	final String bo = "bo-" + id;

	final String cecilia = "cecilia-" + id;

	final String david = "david-" + id;

	final String eva = "eva-" + id;

	final String channel = "19:groups-" + id + "@thread.tacv2";

	@BeforeEach
	void beforeTheMeeting() {
		clock.set(Instant.parse("2026-03-25T07:50:00Z")); // 08:50 on the day
	}

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@Test
	void theSplitIsPostedInTheChannelAndEachPersonGetsTheirGroupInAPersonalChat() {
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa Grupper " + id)));
		say(personal(bo, "gå med " + code + " Polisen"));
		say(mentioning(connector.url(), channel, cecilia, "gå med " + code + " Skolan"));
		say(personal(david, "gå med " + code + " Socialtjänsten"));
		say(mentioning(connector.url(), channel, anna, "möte skapa\n" + AGENDA));

		assertThat(say(personal(bo, "här")).readable()).contains("du är på plats på möte 1");
		assertThat(say(mentioning(connector.url(), channel, cecilia, "här")).readable()).contains("du är på plats");
		assertThat(say(personal(david, "här")).readable()).contains("du är på plats");
		// plans change, and change back: taking back "här" and saying it again
		assertThat(say(personal(david, "inte här")).readable()).contains("du är inte längre på plats på möte 1");
		assertThat(say(personal(david, "här")).readable()).contains("du är på plats");

		String reply = say(mentioning(connector.url(), channel, anna, "grupper 3")).readable();

		assertThat(reply).contains("Grupperna för 09:30 Grupparbete: Roller & mandat är klara: 3 personer i en grupp")
			.contains("Alla 3 har fått sin grupp i ett personligt meddelande");
		Posted split = connector.await(p -> p.method().equals("POST") && p.conversationId().equals(channel)
				&& p.readable().contains("Grupp 1:"));
		assertThat(split.path()).isEqualTo("/v3/conversations/" + channel + "/activities");
		assertThat(split.readable()).contains("Person " + bo + " (Polisen)")
			.contains("Person " + cecilia + " (Skolan)")
			.contains("Person " + david + " (Socialtjänsten)");
		AdaptiveCardSchema.assertValid(split.activity().path("attachments").path(0).path("content"));

		Posted bosGroup = connector
			.await(p -> p.conversationId().equals(chatOf(bo)) && p.readable().contains("Du är i grupp 1"));
		assertThat(bosGroup.readable()).contains("Med dig:")
			.contains("Person " + cecilia + " (Skolan)")
			.contains("Förväntningar på oss inom vår egen enhet");

		// Cecilia has only written in the channel: her personal chat is created first,
		// then written to.
		Posted created = connector.await(p -> p.method().equals("POST") && p.path().equals("/v3/conversations")
				&& p.activity().path("members").path(0).path("id").asText().equals("29:" + cecilia));
		assertThat(created.activity().path("isGroup").asBoolean()).isFalse();
		Posted cecilias = connector
			.await(p -> p.conversationId().equals(created.answeredId()) && p.readable().contains("Du är i grupp 1"));
		assertThat(cecilias.path()).isEqualTo("/v3/conversations/" + created.answeredId() + "/activities");
		assertThat(cecilias.readable()).contains("Person " + bo + " (Polisen)");
	}

	@Test
	void aSecondSplitIsPostedInTheChannelAndEachPersonIsToldTheirNewGroup() {
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa Omgjorda " + id)));
		say(personal(bo, "gå med " + code + " Polisen"));
		say(mentioning(connector.url(), channel, cecilia, "gå med " + code + " Skolan"));
		say(personal(david, "gå med " + code + " Socialtjänsten"));
		say(personal(eva, "gå med " + code + " Regionen"));
		say(mentioning(connector.url(), channel, anna, "möte skapa\n" + AGENDA));
		assertThat(say(mentioning(connector.url(), channel, anna, "grupper 4")).readable())
			.contains("4 personer i en grupp");
		connector.await(p -> p.conversationId().equals(channel) && p.readable().contains("Grupp 1:"));
		Posted created = connector.await(p -> p.method().equals("POST") && p.path().equals("/v3/conversations")
				&& p.activity().path("members").path(0).path("id").asText().equals("29:" + cecilia));
		connector.await(p -> p.conversationId().equals(created.answeredId()) && p.readable().contains("Du är i grupp"));

		// the organiser changes the split; Teams delivers the same activity twice
		ObjectNode again = mentioning(connector.url(), channel, anna, "grupper 2");
		String reply = say(again).readable();
		assertThat(TeamsActivities.post(port, again, null).statusCode()).isEqualTo(200);

		assertThat(reply).contains("4 personer i 2 grupper")
			.contains("De ersätter grupperna som gjordes tidigare")
			.contains("Indelningen är postad i nätverkets samtal (1)")
			.contains("Alla 4 har fått sin grupp i ett personligt meddelande");
		Posted split = connector.await(p -> p.conversationId().equals(channel) && p.readable().contains("Grupp 2:"));
		assertThat(split.readable()).contains("ersätter de som postades tidigare");
		AdaptiveCardSchema.assertValid(split.activity().path("attachments").path(0).path("content"));
		Map<String, String> chats = Map.of(bo, chatOf(bo), cecilia, created.answeredId(), david, chatOf(david), eva,
				chatOf(eva));
		chats.forEach((user, chat) -> {
			String told = "Du är i grupp " + groupIn(split.readable(), "Person " + user + " (");
			connector.await(p -> p.conversationId().equals(chat) && p.readable().contains(told)
					&& p.readable().contains("ersätter den du fick tidigare"));
		});
		Ledger.awaitIdle(mongo, networkNamed("Omgjorda " + id));
		assertThat(connector.postedTo(channel).stream().filter(p -> p.readable().contains("Grupp 2:")))
			.as("the second split is posted once")
			.hasSize(1);
		chats.forEach((user, chat) -> assertThat(
				connector.postedTo(chat).stream().filter(p -> p.readable().contains("ersätter den du fick tidigare")))
			.as("%s is told once", user)
			.hasSize(1));
	}

	@Test
	void whoCouldNotBeReachedIsNamedToTheOrganiser() {
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa Nåbara " + id)));
		say(personal(bo, "gå med " + code + " Polisen"));
		say(personal(eva, "gå med " + code + " Skolan"));
		say(mentioning(connector.url(), channel, anna, "möte skapa\n" + AGENDA));
		connector.answer(chatOf(eva), "POST", 403); // Eva removed the app

		String reply = say(mentioning(connector.url(), channel, anna, "grupper 2")).readable();

		assertThat(reply).contains("Ingen har skrivit här, så alla nätverkets deltagare är med")
			.contains("1 av 2 har fått sin grupp")
			.contains("Kunde inte nås: Person " + eva);
		connector.await(p -> p.conversationId().equals(chatOf(bo)) && p.readable().contains("Du är i grupp 1"));
	}

	@Test
	void onlyOrganisersMakeGroupsAndNothingIsPostedForBadSizes() {
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa Storlekar " + id)));
		say(personal(bo, "gå med " + code + " Polisen"));
		say(mentioning(connector.url(), channel, anna, "möte skapa\n" + AGENDA));
		// the join announcement and the agenda card go out in the background: count after
		// both
		connector.await(p -> p.conversationId().equals(channel) && p.readable().contains("har gått med"));
		connector.await(p -> p.path().equals("/v3/conversations/" + channel + "/activities")
				&& p.readable().contains("Roller & mandat"));
		int before = connector.postedTo(channel).size();

		assertThat(say(personal(bo, "grupper 3")).readable()).contains("Bara nätverkets arrangörer");
		assertThat(say(mentioning(connector.url(), channel, anna, "grupper 0")).readable())
			.contains("minst två personer");
		assertThat(say(mentioning(connector.url(), channel, anna, "groups 99")).readable()).contains("högst 50");
		assertThat(connector.postedTo(channel).stream().filter(p -> p.readable().contains("Grupp 1:"))).isEmpty();
		assertThat(connector.postedTo(channel)).hasSize(before + 2);
	}

	@Test
	void tooFewForTwoGroupsIsSaidTheNextGroupWorkKeepsTheGroupsAndSomeoneIsMoved() {
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa Samma " + id)));
		say(personal(bo, "gå med " + code + " Polisen"));
		say(mentioning(connector.url(), channel, cecilia, "gå med " + code + " Skolan"));
		say(personal(david, "gå med " + code + " Socialtjänsten"));
		say(personal(eva, "gå med " + code + " Regionen"));
		say(mentioning(connector.url(), channel, anna, "möte skapa\n" + TWO_GROUP_WORKS));
		for (String member : new String[] { bo, david, eva }) {
			say(personal(member, "här"));
		}
		assertThat(say(mentioning(connector.url(), channel, anna, "grupper 2")).readable())
			.contains("Bara 3 personer är med: det räcker inte till två grupper utan att någon sitter ensam");
		say(mentioning(connector.url(), channel, cecilia, "här"));
		clock.set(Instant.parse("2026-03-25T08:35:00Z")); // 09:35
		assertThat(say(mentioning(connector.url(), channel, anna, "grupper 2")).readable())
			.contains("4 personer i 2 grupper");
		connector.await(p -> p.conversationId().equals(channel) && p.readable().contains("Grupp 2:"));

		clock.set(Instant.parse("2026-03-25T09:05:00Z")); // 10:05, in the break
		assertThat(say(mentioning(connector.url(), channel, anna, "grupper samma")).readable())
			.contains(
					"Grupperna för 10:15 Grupparbete: Nästa steg är desamma som för 09:30 Grupparbete: Roller & mandat")
			.contains("Alla 4 har fått sin grupp");
		Posted same = connector
			.await(p -> p.conversationId().equals(channel) && p.readable().contains("Samma grupper: 10:15"));
		AdaptiveCardSchema.assertValid(same.activity().path("attachments").path(0).path("content"));
		connector.await(p -> p.conversationId().equals(chatOf(bo))
				&& p.readable().contains("Samma grupp som på förra grupparbetet"));

		int from = groupIn(same.readable(), "Person " + bo + " (");
		int to = 3 - from;
		String moved = say(mentioning(connector.url(), channel, anna, "grupp flytta person " + bo + " " + to))
			.readable();

		assertThat(moved).contains("Person " + bo + " flyttas från grupp " + from + " till grupp " + to)
			.contains("(nådda: 4)");
		connector.await(p -> p.conversationId().equals(channel) && p.readable().contains("Ändring i grupperna"));
		connector.await(p -> p.conversationId().equals(chatOf(bo))
				&& p.readable().contains("Du har flyttats från grupp " + from + " till grupp " + to));
		for (String other : new String[] { david, eva }) {
			connector.await(p -> p.conversationId().equals(chatOf(other)) && p.readable()
				.contains("Person " + bo + " har flyttats från grupp " + from + " till grupp " + to));
		}
		assertThat(say(mentioning(connector.url(), channel, anna, "grupp flytta Person 1")).readable())
			.contains("Flera passar in på ”Person”");
	}

	/** The number of the group whose line in the split names {@code who}. */
	static int groupIn(String split, String who) {
		Matcher line = Pattern.compile("Grupp (\\d+)\\W[^\\n]*" + Pattern.quote(who)).matcher(split);
		assertThat(line.find()).as("%s in %s", who, split).isTrue();
		return Integer.parseInt(line.group(1));
	}

	private String networkNamed(String name) {
		return mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
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
