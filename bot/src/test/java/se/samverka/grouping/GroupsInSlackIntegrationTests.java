package se.samverka.grouping;

import static se.samverka.slack.SignedSlack.isPost;
import static se.samverka.slack.SignedSlack.inviteCode;
import static se.samverka.slack.SignedSlack.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

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
 * Mixed groups in Slack, end to end over signed HTTP: members join by DM or by slash
 * command in the network's channel, say they are here, the organiser makes groups of
 * three; the split is posted in the channel and each person gets their group in a DM,
 * opened with conversations.open for someone who has only used the channel.
 */
@SamverkaTest
class GroupsInSlackIntegrationTests {

	static final String SECRET = FakeSlack.SECRET;

	static final FakeSlack slack = FakeSlack.shared();

	static final String AGENDA = """
			Nätverksträff 2 – Barnens bästa gäller!
			2026-03-25 Digitalt via Teams
			09:00 Välkommen | Ann-Christine Andersson
			09:30 Grupparbete: Roller & mandat (30 min)
			  Förväntningar på oss inom vår egen enhet/verksamhet
			10:00 Tack för idag""";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	SignedSlack requests;

	final String anna = "U-anna-" + next();

	final String bo = "U-bo-" + next();

	final String cecilia = "U-cecilia-" + next();

	final String david = "U-david-" + next();

	final String eva = "U-eva-" + next();

	final String home = "C-home-" + next();

	final String bosDm = "D-bo-" + next();

	final String davidsDm = "D-david-" + next();

	@BeforeEach
	void setClock() {
		requests = new SignedSlack(slack, SECRET, clock::instant, port);
		clock.set(Instant.parse("2026-03-24T15:00:00Z")); // the day before
	}

	@Test
	void theSplitIsPostedInTheChannelAndEachPersonGetsTheirGroupInADirectMessage() throws Exception {
		String code = inviteCode(command(anna, home, "nätverk skapa Grupper"));
		directMessage(bo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> isPost(c, bosDm) && c.param("text").contains("Välkommen"));
		assertThat(command(cecilia, home, "gå med " + code + " Skolan")).contains("Välkommen");
		directMessage(david, davidsDm, "gå med " + code + " Socialtjänsten");
		slack.await(c -> isPost(c, davidsDm) && c.param("text").contains("Välkommen"));
		assertThat(command(anna, home, "möte skapa\n" + AGENDA)).contains("Möte 1 är planerat");

		directMessage(bo, bosDm, "här");
		slack.await(c -> isPost(c, bosDm) && c.param("text").contains("du är på plats på möte 1"));
		assertThat(command(cecilia, home, "här")).contains("du är på plats på möte 1");
		assertThat(command(david, davidsDm, "här")).contains("du är på plats på möte 1");
		// plans change, and change back: taking back "här" and saying it again
		assertThat(command(david, davidsDm, "inte här")).contains("du är inte längre på plats på möte 1");
		assertThat(command(david, davidsDm, "här")).contains("du är på plats på möte 1");

		String reply = command(anna, home, "grupper 3");

		assertThat(reply)
			.contains("Grupperna för 09:30 Grupparbete: Roller &amp; mandat är klara: 3 personer i en grupp")
			.contains("Alla 3 har fått sin grupp i ett personligt meddelande");
		FakeSlack.Call split = slack.await(c -> isPost(c, home) && c.param("text").contains("Grupp 1"));
		assertThat(split.param("text")).contains("(Polisen)").contains("(Skolan)").contains("(Socialtjänsten)");

		FakeSlack.Call bosGroup = slack.await(c -> isPost(c, bosDm) && c.param("text").contains("Du är i grupp 1"));
		assertThat(bosGroup.param("text")).contains("Med dig:")
			.contains("(Skolan)")
			.contains("Förväntningar på oss inom vår egen enhet");

		// Cecilia has only used the channel: her DM is opened first, then written to.
		FakeSlack.Call opened = slack
			.await(c -> c.path().equals("conversations.open") && c.param("users").equals(cecilia));
		assertThat(opened.answer()).contains(FakeSlack.directMessageOf(cecilia));
		FakeSlack.Call cecilias = slack
			.await(c -> isPost(c, FakeSlack.directMessageOf(cecilia)) && c.param("text").contains("Du är i grupp 1"));
		assertThat(cecilias.param("text")).contains("(Polisen)").contains("(Socialtjänsten)");
		assertThat(slack.count(c -> c.path().equals("conversations.open") && c.param("users").equals(bo)))
			.as("Bo's DM was known already")
			.isZero();
	}

	@Test
	void aSecondSplitIsPostedInTheChannelAndEachPersonIsToldTheirNewGroup() throws Exception {
		String code = inviteCode(command(anna, home, "nätverk skapa Omgjorda"));
		directMessage(bo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> isPost(c, bosDm) && c.param("text").contains("Välkommen"));
		assertThat(command(cecilia, home, "gå med " + code + " Skolan")).contains("Välkommen");
		directMessage(david, davidsDm, "gå med " + code + " Socialtjänsten");
		slack.await(c -> isPost(c, davidsDm) && c.param("text").contains("Välkommen"));
		assertThat(command(eva, home, "gå med " + code + " Regionen")).contains("Välkommen");
		command(anna, home, "möte skapa\n" + AGENDA);
		assertThat(command(anna, home, "grupper 4")).contains("4 personer i en grupp");
		slack.await(c -> isPost(c, home) && c.param("text").contains("Grupp 1"));
		Map<String, String> dms = Map.of("Polisen", bosDm, "Skolan", FakeSlack.directMessageOf(cecilia),
				"Socialtjänsten", davidsDm, "Regionen", FakeSlack.directMessageOf(eva));
		dms.values().forEach(dm -> slack.await(c -> isPost(c, dm) && c.param("text").contains("Du är i grupp")));

		// the organiser changes the split; Slack delivers the same command twice
		String responseUrl = slack.responseUrl("cmd-" + next());
		String again = SignedSlack.slashBody(anna, home, "grupper 2", responseUrl);
		assertThat(post(again, "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
		String reply = SignedSlack.text(slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())).body());
		assertThat(post(again, "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);

		assertThat(reply).contains("4 personer i 2 grupper")
			.contains("De ersätter grupperna som gjordes tidigare")
			.contains("Indelningen är postad i nätverkets samtal (1)")
			.contains("Alla 4 har fått sin grupp i ett personligt meddelande");
		FakeSlack.Call split = slack.await(c -> isPost(c, home) && c.param("text").contains("Grupp 2"));
		assertThat(split.param("text")).contains("ersätter de som postades tidigare");
		dms.forEach((organisation, dm) -> {
			String told = "Du är i grupp "
					+ GroupsInTeamsIntegrationTests.groupIn(split.param("text"), "(" + organisation + ")");
			slack.await(c -> isPost(c, dm) && c.param("text").contains(told)
					&& c.param("text").contains("ersätter den du fick tidigare"));
		});
		Ledger.awaitIdle(mongo, networkCreatedBy(anna));
		assertThat(slack.count(c -> isPost(c, home) && c.param("text").contains("Grupp 2")))
			.as("the second split is posted once")
			.isEqualTo(1);
		dms.forEach((organisation,
				dm) -> assertThat(
						slack.count(c -> isPost(c, dm) && c.param("text").contains("ersätter den du fick tidigare")))
					.as("the member of %s is told once", organisation)
					.isEqualTo(1));
	}

	@Test
	void badSizesAndMembersWhoAreNotOrganisersAreAnsweredAndNothingIsStored() throws Exception {
		String code = inviteCode(command(anna, home, "nätverk skapa Fel"));
		assertThat(command(anna, home, "grupper 3")).contains("inget kommande möte");
		directMessage(bo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> isPost(c, bosDm) && c.param("text").contains("Välkommen"));
		command(anna, home, "möte skapa\n" + AGENDA);
		// the database is shared with other tests: count this network's groupings only
		Document network = new Document("networkId", networkCreatedBy(anna));
		long before = mongo.getCollection("groupings").countDocuments(network);

		assertThat(command(anna, home, "grupper")).contains("Skriv hur många personer");
		assertThat(command(anna, home, "grupper -1")).contains("minst två personer");
		assertThat(command(anna, home, "grupper 500")).contains("högst 50 personer");
		assertThat(command(bo, bosDm, "grupper 3")).contains("Bara nätverkets arrangörer");
		assertThat(command(anna, home, "language en")).contains("English");
		assertThat(command(anna, home, "groups zero")).contains("Type how many people a group should have");
		assertThat(command(anna, home, "groups 2")).contains("Only one person is in, so there are no groups");
		assertThat(command(anna, home, "groups same")).contains("There are no groups from an earlier group work");
		assertThat(command(anna, home, "group move Fake Person 2")).contains("has no groups yet");
		assertThat(command(anna, home, "group move")).contains("Type who moves and to which group");

		assertThat(mongo.getCollection("groupings").countDocuments(network)).isEqualTo(before);
		assertThat(slack.count(c -> isPost(c, home) && c.param("text").contains("Grupp 1"))).isZero();
	}

	@Test
	void tooFewForTwoGroupsIsSaidTheNextGroupWorkKeepsTheGroupsAndSomeoneIsMoved() throws Exception {
		String code = inviteCode(command(anna, home, "nätverk skapa Samma"));
		directMessage(bo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> isPost(c, bosDm) && c.param("text").contains("Välkommen"));
		assertThat(command(cecilia, home, "gå med " + code + " Skolan")).contains("Välkommen");
		assertThat(command(eva, home, "gå med " + code + " Regionen")).contains("Välkommen");
		assertThat(command(anna, home, "möte skapa\n" + GroupsInTeamsIntegrationTests.TWO_GROUP_WORKS))
			.contains("Möte 1 är planerat");
		assertThat(command(anna, home, "grupper 2")).contains("Bara 3 personer är med");
		directMessage(david, davidsDm, "gå med " + code + " Socialtjänsten");
		slack.await(c -> isPost(c, davidsDm) && c.param("text").contains("Välkommen"));
		clock.set(Instant.parse("2026-03-25T08:35:00Z")); // 09:35
		assertThat(command(anna, home, "grupper 2")).contains("4 personer i 2 grupper")
			.contains("Ingen har skrivit här");
		slack.await(c -> isPost(c, home) && c.param("text").contains("Grupp 2"));

		clock.set(Instant.parse("2026-03-25T09:05:00Z")); // 10:05, in the break
		assertThat(command(anna, home, "grupper samma"))
			.contains("Grupperna för 10:15 Grupparbete: Nästa steg är desamma som för 09:30")
			.contains("Alla 4 har fått sin grupp");
		FakeSlack.Call same = slack.await(c -> isPost(c, home) && c.param("text").contains("Samma grupper: 10:15"));
		slack.await(c -> isPost(c, bosDm) && c.param("text").contains("Samma grupp som på förra grupparbetet"));

		// everyone is called Fake Person in the fake Slack: the organisation tells them
		// apart
		assertThat(command(anna, home, "grupp flytta Fake Person 1")).contains("Flera passar in på ”Fake Person”")
			.contains("Fake Person (Polisen) i grupp");
		int from = GroupsInTeamsIntegrationTests.groupIn(same.param("text"), "(Polisen)");
		int to = 3 - from;
		String moved = command(anna, home, "grupp flytta Fake Person (Polisen) till grupp " + to);

		assertThat(moved).contains("Fake Person flyttas från grupp " + from + " till grupp " + to)
			.contains("(nådda: 4)");
		slack.await(c -> isPost(c, home) && c.param("text").contains("Ändring i grupperna för 10:15"));
		slack.await(c -> isPost(c, bosDm)
				&& c.param("text").contains("Du har flyttats från grupp " + from + " till grupp " + to));
		slack.await(c -> isPost(c, davidsDm)
				&& c.param("text").contains("Fake Person har flyttats från grupp " + from + " till grupp " + to));
	}

	// --- helpers, as in MeetingsInSlackIntegrationTests ---

	/**
	 * A slash command; returns the fallback text of the answer sent to its response_url.
	 */
	private String command(String user, String channel, String text) throws Exception {
		return requests.command(user, channel, text);
	}

	private void directMessage(String user, String channel, String text) throws Exception {
		requests.directMessage(user, channel, text);
	}

	private HttpResponse<String> post(String body, String contentType) throws Exception {
		return requests.post(body, contentType);
	}

	private String networkCreatedBy(String user) {
		String person = mongo.getCollection("people").find(new Document("userId", user)).first().getString("_id");
		return mongo.getCollection("networks").find(new Document("createdBy", person)).first().getString("_id");
	}

}
