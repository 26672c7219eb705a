package se.samverka.meeting;

import static se.samverka.slack.SignedSlack.isPost;
import static se.samverka.slack.SignedSlack.text;
import static se.samverka.slack.SignedSlack.inviteCode;
import static se.samverka.slack.SignedSlack.slashBody;
import static se.samverka.slack.SignedSlack.form;
import static se.samverka.slack.SignedSlack.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

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
 * A meeting day in Slack, end to end: signed slash commands, events and interactions over
 * HTTP to /slack/events; the agenda card, its update in place and the day's prompts
 * observed at a fake Slack Web API on loopback. The test moves the application's clock
 * and runs the due work itself; requests are signed with that clock's time, as the
 * signature check reads it.
 */
@SamverkaTest
class MeetingsInSlackIntegrationTests {

	static final String SECRET = FakeSlack.SECRET;

	static final FakeSlack slack = FakeSlack.shared();

	static final String AGENDA = """
			Nätverksträff 2 – Barnens bästa gäller!
			2026-03-25 Digitalt via Teams
			09:00 Välkommen | Ann-Christine Andersson, Tony Andersson
			09:30 Grupparbete: Roller & mandat (30 min) | Ann-Christine & Tony
			  Förväntningar på oss inom vår egen enhet/verksamhet
			10:00-10:15 Paus
			10:15 Tack för idag""";

	static final String ENGLISH_AGENDA = """
			Network meeting 4 – Children first
			2026-04-15 Växjö town hall
			13:00 Welcome | Anna Andersson
			13:20 Group work: Who does what? (20 min)
			  Which of our routines get in each other's way?
			13:40-13:50 Break
			13:50 Thank you for today""";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	SignedSlack requests;

	final String anna = "U-anna-" + next();

	final String bo = "U-bo-" + next();

	final String home = "C-home-" + next();

	final String bosDm = "D-bo-" + next();

	@BeforeEach
	void setClock() {
		requests = new SignedSlack(slack, SECRET, clock::instant, port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
	}

	@Test
	void aCancelledMeetingsCardIsMarkedInPlaceAndItsQuestionsAreWithdrawn() throws Exception {
		inviteCode(command(anna, home, "nätverk skapa Inställt"));
		command(anna, home, "möte skapa\n" + AGENDA);
		FakeSlack.Call card = slack.await(c -> isPost(c, home) && c.param("text").contains("Roller &amp; mandat"));
		assertThat(command(anna, home, "möte lista")).contains("#1 · 2026-03-25");

		assertThat(command(anna, home, "möte ställ in 1")).contains("Möte 1").contains("är inställt");

		FakeSlack.Call update = slack.await(c -> c.path().equals("chat.update") && c.param("channel").equals(home)
				&& c.param("text").contains("Mötet är inställt"));
		assertThat(update.param("ts")).isEqualTo(FakeSlack.tsOf(card));
		slack.await(
				c -> isPost(c, home) && c.param("text").contains("är inställt") && !c.param("text").contains("09:30"));
		assertThat(command(anna, home, "möte lista")).contains("(inställt)");

		clock.set(Instant.parse("2026-03-25T08:30:00Z"));
		BackgroundWork.runDue(runner, mongo);
		assertThat(slack.count(c -> isPost(c, home) && c.param("text").contains("Till 10:00"))).isZero();
	}

	@Test
	void anOrganiserPlansAMeetingAndTheDayRunsItselfInTheChannel() throws Exception {
		String code = inviteCode(command(anna, home, "nätverk skapa Kronoberg"));
		directMessage(bo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> isPost(c, bosDm) && c.param("text").contains("Välkommen"));

		// Slash commands carry newlines: the agenda is the command's text.
		assertThat(command(anna, home, "möte skapa\n" + AGENDA)).contains("Möte 1 är planerat");
		FakeSlack.Call card = slack.await(c -> isPost(c, home) && c.param("text").contains("Roller &amp; mandat"));
		assertThat(card.param("text")).contains("09:30–10:00").contains("Ann-Christine &amp; Tony");
		assertThat(blockTypes(card)).contains("header", "section");
		String ts = FakeSlack.tsOf(card);

		String edited = command(anna, home, "möte ändra 1\n" + AGENDA.replace("Tack för idag", "Avslutning"));
		assertThat(edited).contains("Möte 1").contains("1 kort som redan skickats har uppdaterats");
		FakeSlack.Call update = slack.await(c -> c.path().equals("chat.update") && c.param("channel").equals(home));
		assertThat(update.param("ts")).isEqualTo(ts);
		assertThat(update.param("text")).contains("Avslutning").contains("version 2").doesNotContain("Tack för idag");
		assertThat(blocksText(update)).contains("Avslutning");
		// The card was updated, not posted again.
		assertThat(slack.count(c -> isPost(c, home) && c.param("text").contains("Roller &amp; mandat"))).isEqualTo(1);

		clock.set(Instant.parse("2026-03-25T08:30:00Z")); // 09:30 in Stockholm
		BackgroundWork.runDue(runner, mongo);
		// The card holds the question too; the prompt is the message that says until
		// when.
		FakeSlack.Call prompt = slack.await(c -> isPost(c, home) && c.param("text").contains("Till 10:00"));
		assertThat(prompt.param("text")).contains("Grupparbete: Roller &amp; mandat")
			.doesNotContain("Grupparbete: Grupparbete")
			.contains("Förväntningar på oss inom vår egen enhet");
		assertThat(FakeSlack.tsOf(prompt)).isNotEqualTo(ts);

		String now = command(bo, bosDm, "nu");
		assertThat(now).contains("Nu: 09:30–10:00 Grupparbete: Roller &amp; mandat")
			.contains("Sedan: 10:00–10:15 Paus");

		clock.set(Instant.parse("2026-03-25T09:12:00Z")); // three minutes before the
															// break ends
		BackgroundWork.runDue(runner, mongo);
		slack.await(c -> isPost(c, home) && c.param("text").contains("vi ses igen 10:15"));
		// Each prompt once, even when the runner looks again.
		BackgroundWork.runDue(runner, mongo);
		assertThat(slack.count(c -> isPost(c, home) && c.param("text").contains("Till 10:00"))).isEqualTo(1);
	}

	@Test
	void mentionsPlanTheMeetingTooAndAnswerInTheirThread() throws Exception {
		String channel = "C-mention-" + next();
		mention(anna, channel, "<@UBOT> nätverk skapa Omnämnd");
		slack.await(c -> isPost(c, channel) && c.param("text").contains("Inbjudningskod"));

		mention(anna, channel, "<@UBOT> möte skapa\n" + AGENDA);
		FakeSlack.Call reply = slack.await(c -> isPost(c, channel) && c.param("text").contains("Möte 1 är planerat"));
		assertThat(reply.param("thread_ts")).isEqualTo("1700000000.0001");
		// The card is a post of its own in the channel, not in the thread, so that edits
		// can find it.
		FakeSlack.Call card = slack.await(c -> isPost(c, channel) && c.param("text").contains("Roller &amp; mandat"));
		assertThat(card.param("thread_ts")).isEmpty();

		mention(anna, channel, "<@UBOT> möte ändra 1\n" + AGENDA.replace("Välkommen", "God morgon"));
		FakeSlack.Call update = slack.await(c -> c.path().equals("chat.update") && c.param("channel").equals(channel));
		assertThat(update.param("ts")).isEqualTo(FakeSlack.tsOf(card));
		assertThat(update.param("text")).contains("God morgon");
	}

	/**
	 * A slash command works in a channel the bot is not in, but the bot cannot post
	 * there: the card comes back with the answer, to the organiser only.
	 */
	@Test
	void whereTheBotIsNotAMemberTheCardComesBackWithTheAnswer() throws Exception {
		String outside = "C-outside-" + next();
		slack.failWith.put(outside, "not_in_channel");
		inviteCode(command(anna, outside, "nätverk skapa Utanför"));

		String responseUrl = slack.responseUrl("outside-" + next());
		post(slashBody(anna, outside, "möte skapa\n" + AGENDA, responseUrl), "application/x-www-form-urlencoded");
		String card = text(
				slack.await(c -> c.path().equals(URI.create(responseUrl).getPath()) && c.body().contains("Roller"))
					.body());
		assertThat(card).contains("Roller &amp; mandat").contains("09:30–10:00").contains("version 1");
		assertThat(text(slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())).body()))
			.contains("Möte 1 är planerat");
		assertThat(slack.count(c -> c.path().equals("chat.postMessage") && c.param("channel").equals(outside)
				&& c.answer().contains("\"ok\":true")))
			.isZero();
	}

	@Test
	void onlyOrganisersPlanMeetingsFromSlack() throws Exception {
		String code = inviteCode(command(anna, home, "nätverk skapa Roller"));
		directMessage(bo, bosDm, "gå med " + code + " Skolan");
		slack.await(c -> isPost(c, bosDm) && c.param("text").contains("Välkommen"));

		// the database is shared with other tests: count this network's meetings only
		Document network = new Document("networkId", networkCreatedBy(anna));
		long meetings = mongo.getCollection("meetings").countDocuments(network);
		assertThat(command(bo, bosDm, "möte skapa\n" + AGENDA)).contains("Bara nätverkets arrangörer");
		assertThat(command(bo, home, "möte skapa\n" + AGENDA)).contains("Bara nätverkets arrangörer");
		assertThat(mongo.getCollection("meetings").countDocuments(network)).isEqualTo(meetings);
		assertThat(slack.count(c -> isPost(c, home) && c.param("text").contains("Roller &amp; mandat"))).isZero();
		assertThat(command(bo, bosDm, "agenda")).contains("inget kommande möte");
	}

	@Test
	void anEnglishSpeakingOrganiserGetsAnEnglishDay() throws Exception {
		assertThat(command(anna, home, "language en")).contains("English");
		inviteCode(command(anna, home, "network create Children first"));

		assertThat(command(anna, home, "meeting create\n" + ENGLISH_AGENDA)).contains("Meeting 1 is planned");
		FakeSlack.Call card = slack.await(c -> isPost(c, home) && c.param("text").contains("Who does what?"));
		assertThat(card.param("text")).contains("Wednesday").contains("13:20–13:40").contains("version 1");

		assertThat(command(anna, home, "meeting edit 1\n" + ENGLISH_AGENDA.replace("Welcome", "Hello and welcome")))
			.contains("Cards already posted that were updated: 1");
		FakeSlack.Call update = slack.await(c -> c.path().equals("chat.update") && c.param("channel").equals(home));
		assertThat(update.param("ts")).isEqualTo(FakeSlack.tsOf(card));
		assertThat(update.param("text")).contains("Hello and welcome").contains("version 2");

		clock.set(Instant.parse("2026-04-15T11:20:00Z")); // 13:20 in Stockholm (summer
															// time)
		BackgroundWork.runDue(runner, mongo);
		FakeSlack.Call prompt = slack.await(c -> isPost(c, home) && c.param("text").contains("Until 13:40"));
		assertThat(prompt.param("text")).contains("Group work: Who does what?")
			.contains("Which of our routines get in each other");
		assertThat(command(anna, home, "now")).contains("Now: 13:20–13:40 Group work: Who does what?");

		clock.set(Instant.parse("2026-04-15T11:47:00Z"));
		BackgroundWork.runDue(runner, mongo);
		slack.await(c -> isPost(c, home) && c.param("text").contains("see you again at 13:50"));
	}

	@Test
	void withoutAnAgendaAButtonOpensAPrefilledModalWhoseSubmissionPlansTheMeeting() throws Exception {
		inviteCode(command(anna, home, "nätverk skapa Formulär"));
		JsonObject button = formButton(answer(anna, home, "möte skapa"));
		String responseUrl = slack.responseUrl("form-" + next());

		JsonObject view = openModal(button, responseUrl);
		JsonObject input = view.getAsJsonArray("blocks").get(0).getAsJsonObject();
		assertThat(input.get("type").getAsString()).isEqualTo("input");
		JsonObject element = input.getAsJsonObject("element");
		assertThat(element.get("type").getAsString()).isEqualTo("plain_text_input");
		assertThat(element.get("multiline").getAsBoolean()).isTrue();
		String example = element.get("initial_value").getAsString();
		assertThat(example).contains("Grupparbete: Roller & mandat").contains("\n09:00 Välkommen");
		assertThat(view.getAsJsonObject("submit").get("text").getAsString()).isEqualTo("Spara mötet");

		assertThat(example).as("the example is dated four weeks from today").contains("\n17 apr Digitalt via Teams\n");
		submitModal(view, example.replace("Nätverksträff 3", "Höstens träff"));

		String answer = text(slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())).body());
		assertThat(answer).contains("Möte 1 är planerat").contains("Höstens träff");
		FakeSlack.Call card = slack.await(c -> isPost(c, home) && c.param("text").contains("Höstens träff"));
		assertThat(card.param("text")).contains("17 april 2026").contains("Grupparbete: Samverkan");
		assertThat(mongo.count(Query.query(Criteria.where("title").regex("^Höstens träff")), "meetings")).isEqualTo(1);
	}

	/**
	 * The edit form holds the whole current agenda, more than a button's 2,000
	 * characters: the form is kept in the database and the modal still opens with all of
	 * it.
	 */
	@Test
	void aLongAgendaIsEditedInAModalPrefilledWithAllOfIt() throws Exception {
		inviteCode(command(anna, home, "nätverk skapa Långa dagen"));
		StringBuilder agenda = new StringBuilder("Långa dagen\n2026-05-20 Kulturhuset, Växjö\n");
		for (int i = 0; i < 30; i++) {
			agenda.append(String.format("%02d:%02d", 8 + i / 4, (i % 4) * 15))
				.append(" Punkt ")
				.append(i + 1)
				.append(": Samverkan kring barn och unga i kommunen | Ann-Christine Andersson\n");
		}
		assertThat(agenda.length()).isBetween(2_100, 3_000);
		assertThat(command(anna, home, "möte skapa\n" + agenda)).contains("Möte 1 är planerat");
		FakeSlack.Call card = slack.await(c -> isPost(c, home) && c.param("text").contains("Punkt 30:"));

		JsonObject button = formButton(answer(anna, home, "möte ändra 1"));
		assertThat(button.get("value").getAsString()).startsWith("kept:").hasSizeLessThanOrEqualTo(2_000);
		// Kept forms carry their expiry; SlackForms ignores and removes expired ones
		// itself.
		assertThat(mongo.getCollection("slack_forms").find())
			.anySatisfy(form -> assertThat(form.get("expiresAt")).isNotNull());
		String responseUrl = slack.responseUrl("edit-" + next());
		JsonObject view = openModal(button, responseUrl);
		JsonObject element = view.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonObject("element");
		String current = element.get("initial_value").getAsString();
		assertThat(current).startsWith("Långa dagen\n2026-05-20").contains("15:15 Punkt 30: Samverkan");
		assertThat(current.length()).isGreaterThan(2_000);
		assertThat(element.get("max_length").getAsInt()).isEqualTo(3_000);

		submitModal(view, current.replace("Punkt 30: Samverkan", "Punkt trettio: Avslutning"));

		String answer = text(slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())).body());
		assertThat(answer).contains("Möte 1").contains("är ändrat");
		FakeSlack.Call update = slack.await(c -> c.path().equals("chat.update") && c.param("channel").equals(home));
		assertThat(update.param("ts")).isEqualTo(FakeSlack.tsOf(card));
		assertThat(update.param("text")).contains("Punkt trettio: Avslutning").contains("Punkt 29: Samverkan");
	}

	/**
	 * Slack's inputs take at most 3,000 characters. A longer agenda is not cut
	 * (submitting it would drop the last slots): the input starts empty and says how to
	 * send the agenda instead.
	 */
	@Test
	void aWholeAgendaPastedFromTheSlidesInADirectMessageIsPlannedWithItsSections() throws Exception {
		String agenda = SeedAgendas.realSized();
		inviteCode(command(anna, home, "nätverk skapa Hela bildspelet"));
		String annasDm = "D-" + next();

		directMessage(anna, annasDm, "möte skapa\n" + agenda);

		slack.await(c -> isPost(c, annasDm) && c.param("text").contains("Möte 1 är planerat"));
		java.util.List<FakeSlack.Call> parts = new java.util.ArrayList<>();
		slack.await(c -> isPost(c, home) && c.param("text").contains("Del 2 - målbild"));
		slack.calls.stream().filter(c -> isPost(c, home)).forEach(parts::add);
		String blocks = parts.stream().map(MeetingsInSlackIntegrationTests::blocksText).reduce("", String::concat);
		assertThat(blocks).contains("\"text\":\"Del 1 - tester\"").contains("\"text\":\"Del 2 - målbild\"");
		for (FakeSlack.Call part : parts) {
			assertThat(JsonParser.parseString(part.param("blocks")).getAsJsonArray().size()).isLessThanOrEqualTo(50);
		}
	}

	@Test
	void anAgendaTooLongForSlacksInputIsNotCutButExplained() throws Exception {
		inviteCode(command(anna, home, "nätverk skapa Mycket långa dagen"));
		StringBuilder agenda = new StringBuilder("Mycket långa dagen\n2026-05-21 Kulturhuset, Växjö\n");
		for (int i = 0; i < 50; i++) {
			agenda.append(String.format("%02d:%02d", 8 + i / 6, (i % 6) * 10))
				.append(" Punkt ")
				.append(i + 1)
				.append(": Samverkan kring barn och unga | Ann-Christine Andersson\n");
		}
		assertThat(agenda.length()).isGreaterThan(3_000);
		assertThat(command(anna, home, "möte skapa\n" + agenda)).contains("Möte 1 är planerat");

		JsonObject view = openModal(formButton(answer(anna, home, "möte ändra 1")), slack.responseUrl("x-" + next()));
		JsonObject element = view.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonObject("element");
		assertThat(element.has("initial_value")).isFalse();
		assertThat(element.getAsJsonObject("placeholder").get("text").getAsString()).contains("högst 3000 tecken")
			.contains("meeting edit 1");
	}

	/** Presses a form button; returns the modal Slack was asked to open. */
	private JsonObject openModal(JsonObject button, String responseUrl) throws Exception {
		String trigger = requests.press(anna, home, button, responseUrl);
		FakeSlack.Call opened = slack
			.await(c -> c.path().equals("views.open") && c.param("trigger_id").equals(trigger));
		return JsonParser.parseString(opened.param("view")).getAsJsonObject();
	}

	/**
	 * Submits the modal with {@code typed} in its first input, as Slack sends a
	 * view_submission.
	 */
	private void submitModal(JsonObject view, String typed) throws Exception {
		requests.submitModal(anna, home, view, typed);
	}

	// --- helpers ---

	private static java.util.List<String> blockTypes(FakeSlack.Call call) {
		java.util.List<String> types = new java.util.ArrayList<>();
		for (JsonElement block : JsonParser.parseString(call.param("blocks")).getAsJsonArray()) {
			types.add(block.getAsJsonObject().get("type").getAsString());
		}
		return types;
	}

	/**
	 * The blocks as JSON, with Gson's escaping of &, < and > undone by reading them back.
	 */
	private static String blocksText(FakeSlack.Call call) {
		return JsonParser.parseString(call.param("blocks")).toString();
	}

	private static JsonObject formButton(String responseBody) {
		JsonObject reply = JsonParser.parseString(responseBody).getAsJsonObject();
		for (JsonElement block : reply.getAsJsonArray("blocks")) {
			JsonObject b = block.getAsJsonObject();
			if (b.get("type").getAsString().equals("actions")) {
				JsonObject button = b.getAsJsonArray("elements").get(0).getAsJsonObject();
				assertThat(button.get("action_id").getAsString()).startsWith(SignedSlack.FORM_PREFIX);
				return button;
			}
		}
		throw new AssertionError("No form button in " + responseBody);
	}

	private String command(String user, String channel, String text) throws Exception {
		return requests.command(user, channel, text);
	}

	private String answer(String user, String channel, String text) throws Exception {
		return requests.answer(user, channel, text);
	}

	private void mention(String user, String channel, String text) throws Exception {
		requests.mention(user, channel, text);
	}

	private void directMessage(String user, String channel, String text) throws Exception {
		requests.directMessage(user, channel, text);
	}

	private HttpResponse<String> postPayload(JsonObject payload) throws Exception {
		return requests.postPayload(payload);
	}

	private HttpResponse<String> post(String body, String contentType) throws Exception {
		return requests.post(body, contentType);
	}

	private String networkCreatedBy(String user) {
		String person = mongo.getCollection("people").find(new Document("userId", user)).first().getString("_id");
		return mongo.getCollection("networks").find(new Document("createdBy", person)).first().getString("_id");
	}

}
