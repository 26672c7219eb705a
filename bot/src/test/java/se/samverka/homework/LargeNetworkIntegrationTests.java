package se.samverka.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.cardIn;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.message;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.samverka.Ledger;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;
import se.samverka.teams.AdaptiveCardSchema;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.TeamsActivities;
import se.samverka.web.PlaygroundClient;
import tools.jackson.databind.JsonNode;

/**
 * A network of 2,000 members in 40 organisations, 5,000 notes on one board and a homework
 * half of them have answered, seeded straight into MongoDB ({@link LargeNetwork}) next to
 * a small network: what an organiser reads stays one screen. {@code läxa status} sums up
 * per organisation in a few kilobytes and links to a file with every recipient; the board
 * card and the archive page (one meeting at a time) are bounded; {@code organisationer}
 * names the 15 largest and counts the rest; the small network's status and organisations
 * still list everything. Asked in Slack, each answer and the board card is one message
 * within Block Kit's limits; asked in Teams (a fake Bot Connector), one card under the
 * strictest Teams message size. Speed is measured by the large-network benchmark, not
 * here.
 */
@SamverkaTest
class LargeNetworkIntegrationTests {

	static final int MEMBERS = 2_000;

	static final int NOTES = 5_000;

	static final Pattern STATUS_FILE = Pattern
		.compile("https?://[^/\\s\"<]+(/homework/[0-9a-f-]{36}/status\\.csv\\?t=[0-9]+\\.(?:sv|en)\\.[A-Za-z0-9_-]+)");

	/** The strictest documented Teams message size (connectors), see PLATFORM-LIMITS. */
	static final int TEAMS_MESSAGE_BYTES = 28_000;

	static final FakeBotConnector connector = new FakeBotConnector();

	static final Pattern ARCHIVE_LINK = Pattern
		.compile("https?://[^/\\s\"<]+(/archive/[0-9a-f-]{36}\\?t=[0-9]+\\.(?:sv|en)\\.[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final String eva = "eva-" + run;

	final String teamsChannel = "19:large-" + run + "@thread.tacv2";

	LargeNetwork network;

	String anna;

	String room;

	PlaygroundClient client;

	final FakeSlack slack = FakeSlack.shared();

	SignedSlack requests;

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@BeforeEach
	void seed() {
		client = new PlaygroundClient(port);
		requests = new SignedSlack(slack, FakeSlack.SECRET, clock::instant, port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		network = LargeNetwork.create(context, client, MEMBERS, NOTES, LocalDate.parse("2026-03-25"));
		anna = network.organiser;
		room = network.room;
		assertThat(client.say(anna, room, "möte lista").html()).contains("Nätverksträff 1").contains("Nätverksträff 2");
	}

	@Test
	void homeworkStatusIsOneScreenPerOrganisationWithEveryRecipientInTheFile() {
		String status = client.say(anna, room, "läxa status").html();
		assertThat(status.length()).as("one screen, not 245 KB").isLessThan(6_000);
		assertThat(text(status).length()).as("the text itself").isLessThan(4_000);
		assertThat(status).contains("1000 av 2001 har svarat på alla frågor")
			.as("the largest organisation first")
			.contains("Region Kronoberg")
			.as("40 organisations and the organiser's none: 15 shown")
			.containsPattern("… och 26 organisationer till med 1.026 mottagare")
			.as("the 15 largest organisations only")
			.doesNotContain("Kommun 38")
			.doesNotContain("Person 0001");
		assertThat(status.indexOf("Region Kronoberg")).isLessThan(status.indexOf("Kommun 00"));

		Matcher link = STATUS_FILE.matcher(status);
		assertThat(link.find()).as("a link to the file").isTrue();
		HttpResponse<String> file = client.getRaw(link.group(1).replace("&amp;", "&"));
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("csv"));
		assertThat(file.headers().firstValue("Cache-Control")).hasValue("no-store");
		String csv = file.body();
		assertThat(csv).startsWith("\uFEFFname;organisation;answered;questions;complete\r\n");
		List<String> rows = csv.lines().skip(1).toList();
		assertThat(rows).as("every member and the organiser").hasSize(MEMBERS + 1);
		assertThat(rows).filteredOn(r -> r.endsWith(";2;2;yes")).hasSize(MEMBERS / 2);
		assertThat(rows).filteredOn(r -> r.endsWith(";0;2;no")).hasSize(MEMBERS / 2 + 1);
		assertThat(rows).contains("\"Person 0402\";\"Kommun 12\";2;2;yes");

		String tampered = link.group(1).replaceAll(".{2}$", "xx");
		assertThat(client.getRaw(tampered).statusCode()).isEqualTo(403);
		clock.set(clock.instant().plus(HomeworkStatusLinks.VALID_FOR).plusSeconds(1));
		assertThat(client.getRaw(link.group(1)).statusCode()).as("expired").isEqualTo(403);
	}

	@Test
	void homeworkStatusIsOneMessageInSlack() throws Exception {
		String organiser = slackOrganiser();
		String dm = "D-org-" + SignedSlack.next();

		String responseUrl = slack.responseUrl("cmd-" + SignedSlack.next());
		assertThat(requests
			.post(SignedSlack.slashBody(organiser, dm, "läxa status", responseUrl), "application/x-www-form-urlencoded")
			.statusCode()).isEqualTo(200);
		String path = URI.create(responseUrl).getPath();
		FakeSlack.Call answer = slack.await(c -> c.path().equals(path));
		JsonObject body = JsonParser.parseString(answer.body()).getAsJsonObject();
		// one message: from the heading to the link at its end
		assertThat(answer.body()).contains("Läxa 1: svar till och med 2026-04-30")
			.contains("1000 av 2001 har svarat på alla frågor")
			.contains("/status.csv?t");
		JsonArray blocks = body.getAsJsonArray("blocks");
		assertThat(blocks.size()).as("Slack's 50 blocks").isLessThanOrEqualTo(50);
		for (JsonElement block : blocks) {
			assertThat(block.toString().length()).as("a text object's 3,000 characters").isLessThan(3_000);
		}
		assertThat(answer.body().length()).isLessThan(8_000);
	}

	@Test
	void boardCardAndArchivePageStayBounded() {
		client.say(anna, room, "vägg");
		// the card is posted into the room through the delivery ledger
		Ledger.awaitIdle(mongo, network.networkId);
		String board = posted("lappar till (vägg export har alla)");
		assertThat(board.length()).as("the board card").isLessThan(40_000);
		assertThat(board).contains("Stora väggen").containsPattern("… och 4.920 lappar till");

		Matcher link = ARCHIVE_LINK.matcher(client.say(anna, "dm-" + anna, "arkiv länk").html());
		assertThat(link.find()).isTrue();
		String newest = client.getRaw(link.group(1)).body();
		assertThat(newest).contains("<h2 id=\"meeting-2\"").doesNotContain("<h2 id=\"meeting-1\"");
		assertThat(newest.length()).isLessThan(40_000);
		String first = client.getRaw(link.group(1) + "&m=1").body();
		assertThat(first).contains("<h2 id=\"meeting-1\"")
			.contains("Stora väggen")
			.contains("rader till: hela träffen finns i filen ovan (Markdown)");
		assertThat(first.length()).as("was 606 KB on one page").isLessThan(60_000);
		String markdown = client.getRaw(link.group(1).replace("?t=", "/meetings/1.md?t=")).body();
		assertThat(markdown).as("the meeting's file has every note").contains("#" + NOTES + " ");
	}

	@Test
	void theBoardCardAndOrganisationsAreOneMessageEachInSlack() throws Exception {
		String organiser = slackOrganiser();
		String channel = "C-large-" + SignedSlack.next();
		requests.mention(organiser, channel, "gå med " + inviteCode() + " Region Kronoberg");
		slack.await(c -> SignedSlack.isPost(c, channel) && c.param("text").contains("kopplad till nätverket"));

		requests.mention(organiser, channel, "vägg");
		// the card is posted into the network's conversations through the delivery ledger
		Ledger.awaitIdle(mongo, network.networkId);
		FakeSlack.Call card = slack.await(c -> SignedSlack.isPost(c, channel)
				&& c.param("blocks").contains("lappar till (vägg export har alla)"));
		assertThat(slack.count(c -> SignedSlack.isPost(c, channel) && c.param("blocks").contains("Stora väggen")))
			.as("the board card, not split over several messages")
			.isEqualTo(1);
		SignedSlack.assertWithinBlockKitLimits(card.param("blocks"));

		String organisations = requests.answer(organiser, "D-org-" + SignedSlack.next(), "organisationer");
		assertThat(organisations).contains("Region Kronoberg").containsPattern("… och 25 organisationer till");
		SignedSlack.assertWithinBlockKitLimits(
				JsonParser.parseString(organisations).getAsJsonObject().getAsJsonArray("blocks").toString());
	}

	/**
	 * A Slack user who joins the large network with its invite code in a direct message
	 * and is made one of its organisers in the database; returns the Slack user id.
	 */
	private String slackOrganiser() throws Exception {
		String organiser = "U-org-" + SignedSlack.next();
		String dm = "D-org-" + SignedSlack.next();
		requests.directMessage(organiser, dm, "gå med " + inviteCode() + " Region Kronoberg");
		slack.await(c -> SignedSlack.isPost(c, dm) && c.param("text").contains("Välkommen"));
		makeOrganiser(organiser);
		return organiser;
	}

	/**
	 * Makes the platform user {@code userId}, a member already, one of the organisers.
	 */
	private void makeOrganiser(String userId) {
		String personId = mongo.getCollection("people").find(new Document("userId", userId)).first().getString("_id");
		mongo.getCollection("memberships")
			.updateOne(new Document("_id", network.networkId + ":" + personId),
					new Document("$addToSet", new Document("roles", "ORGANISER")));
	}

	private String inviteCode() {
		return mongo.getCollection("networks")
			.find(new Document("_id", network.networkId))
			.first()
			.getString("inviteCode");
	}

	@Test
	void organisationsAreOneScreenWithTheLargestFirst() {
		String list = client.say(anna, room, "organisationer").html();
		assertThat(list.length()).as("one screen, not 40 organisations").isLessThan(2_000);
		assertThat(list).contains("<dt>Region Kronoberg</dt>")
			.contains("400 medlemmar")
			.as("1,600 over 39 municipalities: Kommun 10 has one more than the others")
			.contains("<dt>Kommun 10</dt>")
			.contains("42 medlemmar")
			.as("of the others the first by name")
			.contains("<dt>Kommun 00</dt>")
			.contains("<dt>Kommun 13</dt>")
			.doesNotContain("Kommun 14")
			.doesNotContain("Kommun 38")
			.contains("<dt>utan organisation</dt>")
			.containsPattern("… och 25 organisationer till med 1.025 medlemmar");
		assertThat(Pattern.compile("<dt>").matcher(list).results().count()).as("15 and the organiser's none")
			.isEqualTo(16);
		assertThat(list.indexOf("Kommun 10")).as("the largest first").isLessThan(list.indexOf("Kommun 00"));

		client.say(anna, "dm-" + anna, "language en");
		assertThat(client.say(anna, room, "organisations").html()).contains("<dt>Region Kronoberg</dt>")
			.containsPattern("… and 25 more organisations with 1.025 members");
	}

	@Test
	void aSmallNetworkInTheSameDatabaseStillListsItsPeople() {
		String lisa = "lisa-" + run;
		String bo = "bo-" + run;
		String small = "small-" + run;
		String code = PlaygroundClient.inviteCode(client.say(lisa, small, "nätverk skapa Lilla nätverket " + run));
		client.say(bo, "dm-" + bo, "gå med " + code + " Polisen");
		assertThat(client.say(lisa, small, "läxa 2026-04-30 | Vad tar vi med oss?").html()).contains("Läxa 1");
		assertThat(client.say(bo, "dm-" + bo, "svar 1 Rutinerna").html()).contains("(1 av 1 besvarade)");
		String status = client.say(lisa, small, "läxa status").html();
		assertThat(status).contains("1 av 2 har svarat på alla frågor")
			.contains("Anna " + bo + " (Polisen)")
			.contains("1 av 1 frågor")
			.contains("0 av 1 frågor")
			.contains("1 av 1 klara")
			.contains("/status.csv?t=")
			.doesNotContain("Region Kronoberg");
		assertThat(client.say(lisa, small, "organisationer").html()).as("as before: every organisation by name")
			.contains("<dt>Polisen</dt>")
			.contains("<dt>utan organisation</dt>")
			.doesNotContain("organisationer till");
	}

	@Test
	void homeworkStatusOrganisationsAndTheArchiveLinkAreOneCardEachInTeams() {
		teamsOrganiser();
		Posted status = oneTeamsAnswer(personal("läxa status"));
		assertThat(status.readable()).contains("Läxa 1: svar till och med 2026-04-30")
			.contains("1000 av 2001 har svarat på alla frågor")
			.contains("Region Kronoberg")
			.containsPattern("… och 26 organisationer till med 1.026 mottagare")
			.contains("/status.csv?t=")
			.doesNotContain("Person 0001");
		fitsOneTeamsMessage(status);

		Posted organisations = oneTeamsAnswer(personal("organisationer"));
		assertThat(organisations.readable()).as("Eva is in Region Kronoberg too")
			.contains("Region Kronoberg: 401 medlemmar")
			.containsPattern("… och 25 organisationer till med 1.025 medlemmar")
			.doesNotContain("Kommun 38");
		fitsOneTeamsMessage(organisations);

		Posted archive = oneTeamsAnswer(personal("arkiv länk"));
		assertThat(archive.readable()).containsPattern("/archive/[0-9a-f-]{36}\\?t=");
		fitsOneTeamsMessage(archive);
	}

	@Test
	void theBoardCardIsOneCardInTheTeamsChannel() {
		String code = teamsOrganiser();
		assertThat(
				oneTeamsAnswer(mentioning(connector.url(), teamsChannel, eva, "gå med " + code + " Region Kronoberg"))
					.readable())
			.contains("Den här kanalen är nu kopplad till nätverket");
		int before = connector.postedTo(teamsChannel).size();
		TeamsActivities.say(port, connector, mentioning(connector.url(), teamsChannel, eva, "vägg"));
		// the card is posted into the network's conversations through the delivery ledger
		Ledger.awaitIdle(mongo, network.networkId);
		connector.await(p -> p.method().equals("POST") && p.conversationId().equals(teamsChannel)
				&& p.readable().contains("lappar till (vägg export har alla)"));
		List<Posted> cards = connector.postedTo(teamsChannel)
			.stream()
			.skip(before)
			.filter(p -> p.readable().contains("Stora väggen"))
			.toList();
		assertThat(cards).as("the board card, not split over several").singleElement();
		Posted card = cards.get(0);
		assertThat(card.readable()).containsPattern("… och 4.920 lappar till")
			.contains("#20 Lapp 20: tydliga kontaktvägar");
		fitsOneTeamsMessage(card);
	}

	/**
	 * Eva in Teams joins the large network with its invite code in her personal chat and
	 * is made one of its organisers; returns the invite code.
	 */
	private String teamsOrganiser() {
		String code = inviteCode();
		assertThat(oneTeamsAnswer(personal("gå med " + code + " Region Kronoberg")).readable()).contains("Välkommen");
		makeOrganiser("aad-" + eva);
		return code;
	}

	/** Everything the bot answered to the Teams activity: exactly one post. */
	private Posted oneTeamsAnswer(ObjectNode activity) {
		Posted last = TeamsActivities.say(port, connector, activity);
		String conversation = activity.path("conversation").path("id").asText();
		assertThat(connector.postedTo(conversation).stream().filter(p -> p.path().equals(last.path())))
			.as("one answer to %s", activity.path("text").asText())
			.hasSize(1);
		return last;
	}

	private static void fitsOneTeamsMessage(Posted posted) {
		assertThat(posted.activity().path("attachments")).as("one card").hasSize(1);
		AdaptiveCardSchema.assertValid(cardIn(posted));
		assertThat(posted.activity().toString().getBytes(StandardCharsets.UTF_8).length).as("one Teams message")
			.isLessThan(TEAMS_MESSAGE_BYTES);
	}

	private ObjectNode personal(String text) {
		return message(connector.url(), "a:" + eva, "personal", eva, text);
	}

	/** The last message posted in the network's room that contains the text. */
	private String posted(String text) {
		String found = null;
		for (JsonNode entry : client.get("/playground/api/rooms/" + room + "/history?browserId=" + anna)
			.body()
			.path("entries")) {
			String html = entry.path("html").asString("");
			if (html.contains(text)) {
				found = html;
			}
		}
		assertThat(found).as("a message with " + text).isNotNull();
		return found;
	}

	private static String text(String html) {
		return html.replaceAll("<[^>]+>", "");
	}

}
