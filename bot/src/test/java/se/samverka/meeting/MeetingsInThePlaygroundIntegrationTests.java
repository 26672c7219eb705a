package se.samverka.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.web.PlaygroundClient.await;

import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.web.PlaygroundClient.EventStream;
import se.samverka.web.PlaygroundClient.Reply;
import se.samverka.web.PlaygroundClient;

/**
 * A meeting day in the playground, over HTTP: an organiser plans a meeting with a pasted
 * agenda, the agenda card is posted and later updated in place, group-work questions and
 * the end of the break arrive live at their times (the clock is moved by the test), and
 * the calendar link gives a file a calendar program reads.
 */
@SamverkaTest
class MeetingsInThePlaygroundIntegrationTests {

	static final String AGENDA = """
			Nätverksträff 2 – Barnens bästa gäller!
			2026-03-25 Digitalt via Teams
			09:00 Välkommen | Ann-Christine Andersson, Tony Andersson
			09:30 Grupparbete: Roller & mandat (30 min) | Ann-Christine & Tony
			  Förväntningar på oss inom vår egen enhet/verksamhet
			10:00-10:15 Paus
			10:15 Tack för idag""";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	PlaygroundClient client;

	final String anna = "anna-" + UUID.randomUUID().toString().substring(0, 8);

	final String bo = "bo-" + UUID.randomUUID().toString().substring(0, 8);

	final String room = "mote-" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void connect() {
		client = new PlaygroundClient(port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
	}

	@Test
	void anOrganiserPlansAMeetingAndTheDayRunsItself() throws Exception {
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa Kronoberg"));
		client.say(bo, "dm-" + bo, "gå med " + code + " Polisen");
		EventStream page = client.follow(room, anna);
		await("the stream is open", () -> page.has("event:ready"));

		Reply planned = client.say(anna, room, "möte skapa\n" + AGENDA);
		assertThat(planned.html()).contains("Möte 1 är planerat");
		await("the agenda card is posted in the room", () -> page.has("Roller &amp; mandat"));
		assertThat(page.lines)
			.anySatisfy(l -> assertThat(l).contains("09:30–10:00").contains("Ann-Christine &amp; Tony"));

		Reply edited = client.say(anna, room, "möte ändra 1\n" + AGENDA.replace("Tack för idag", "Avslutning"));
		assertThat(edited.html()).contains("Möte 1").contains("1 kort som redan skickats har uppdaterats");
		await("the posted card is updated in place", () -> page.has("event:update"));
		assertThat(page.lines).anySatisfy(l -> assertThat(l).contains("Avslutning").contains("version 2"));

		clock.set(Instant.parse("2026-03-25T08:30:00Z")); // 09:30 in Stockholm
		BackgroundWork.runDue(runner, mongo);
		await("the group-work question arrives", () -> page.has("Anteckna det ni kommer fram till"));
		assertThat(page.lines).anySatisfy(l -> assertThat(l).contains("Anteckna det ni kommer fram till")
			.contains("Förväntningar på oss inom vår egen enhet")
			.contains("<h3>Grupparbete: Roller &amp; mandat</h3>")
			.doesNotContain("Grupparbete: Grupparbete"));
		assertThat(client.say(bo, "dm-" + bo, "nu").html()).contains("Nu: 09:30–10:00 Grupparbete: Roller &amp; mandat")
			.contains("Sedan: 10:00–10:15 Paus");

		clock.set(Instant.parse("2026-03-25T09:12:00Z")); // three minutes before the
															// break ends
		BackgroundWork.runDue(runner, mongo);
		await("the end of the break is announced", () -> page.has("vi ses igen 10:15"));
		page.close();
	}

	@Test
	void aWholeAgendaPastedFromTheSlidesIsPlannedWithItsSections() {
		String agenda = SeedAgendas.realSized();
		PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa Kronoberg"));
		EventStream page = client.follow(room, anna);
		await("the stream is open", () -> page.has("event:ready"));

		assertThat(client.say(anna, room, "möte skapa\n" + agenda).html()).contains("Möte 1 är planerat");

		await("the agenda card is posted in the room", () -> page.has("<h3>Del 2 - målbild</h3>"));
		assertThat(agenda).hasSizeGreaterThan(15_000);
		assertThat(page.lines).anySatisfy(l -> assertThat(l).contains("<h3>Del 1 - tester</h3>")
			.contains("<h3>Del 2 - målbild</h3>")
			// the question is a line of its own under the slot, not inside its title
			.contains("<dd>Grupparbete: Dialoger i grupper - Roller &amp; mandat – Ann-Christine, Tony</dd>")
			.contains("Roller &amp; mandat – Ann-Christine, Tony</dd></div>\\n</dl>\\n<p class=\\\"tone-subtle\\\">"));
		page.close();
	}

	@Test
	void aReloadShowsAnUpdatedCardOnceInItsLatestVersionWhereItWasPosted() {
		PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa Historik"));
		client.say(anna, room, "möte skapa\n" + AGENDA);
		EventStream page = client.follow(room, anna);
		await("the stream is open", () -> page.has("event:ready"));
		client.say(anna, room, "möte ändra 1\n" + AGENDA.replace("Tack för idag", "Avslutning"));
		await("the posted card is updated in place", () -> page.has("event:update"));
		client.say(anna, room, "möte ändra 1\n" + AGENDA.replace("Tack för idag", "Slut för idag"));
		await("and again",
				() -> page.has("Slut för idag") && page.lines.stream()
					.filter(l -> l.contains("Slut för idag") && l.contains("version 3"))
					.findAny()
					.isPresent());

		tools.jackson.databind.JsonNode entries = client
			.get("/playground/api/rooms/" + room + "/history?browserId=" + anna)
			.body()
			.path("entries");

		java.util.List<String> shown = new java.util.ArrayList<>();
		entries.forEach(e -> shown.add(e.path("type").asString().equals("in") ? "in: " + e.path("text").asString()
				: "out: " + e.path("html").asString()));
		java.util.List<Integer> cards = new java.util.ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			if (shown.get(i).startsWith("out: ") && shown.get(i).contains("<dl class=\"facts\">")
					&& shown.get(i).contains("Roller &amp; mandat")) {
				cards.add(i);
			}
		}
		assertThat(cards).as("the agenda card, once").hasSize(1);
		String card = shown.get(cards.get(0));
		assertThat(card).contains("Slut för idag").contains("version 3").doesNotContain("Avslutning");
		int firstEdit = java.util.stream.IntStream.range(0, shown.size())
			.filter(i -> shown.get(i).startsWith("in: möte ändra"))
			.findFirst()
			.orElseThrow();
		assertThat(cards.get(0)).as("where it was first posted, before the edits").isLessThan(firstEdit);
		// the live page finds it under the same id when it changes again
		String id = entries.get(cards.get(0)).path("id").asString();
		assertThat(page.lines).anySatisfy(l -> assertThat(l).contains("\"id\":\"" + id + "\""));
		page.close();
	}

	@Test
	void aPromptFoundMoreThanTenMinutesLateIsNotPosted() {
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa Sent"));
		assertThat(code).isNotBlank();
		client.say(anna, room, "möte skapa\n" + AGENDA);
		EventStream page = client.follow(room, anna);
		await("the stream is open", () -> page.has("event:ready"));

		clock.set(Instant.parse("2026-03-25T08:45:00Z")); // the app was down until 09:45
		BackgroundWork.runDue(runner, mongo);

		assertThat(mongo.getCollection("due_work")
			.countDocuments(new org.bson.Document("state", "SKIPPED").append("kind", "meeting.slot-prompt")))
			.isGreaterThanOrEqualTo(1);
		assertThat(page.lines).noneMatch(l -> l.contains("Anteckna det ni kommer fram till"));
		page.close();
	}

	@Test
	void theCalendarLinkGivesAFileCalendarProgramsRead() throws Exception {
		client.say(anna, room, "nätverk skapa Kalender");
		client.say(anna, room, "möte skapa\n" + AGENDA);
		String html = client.say(anna, room, "möte kalender").html();
		Matcher link = Pattern.compile("(/calendar/[0-9a-f-]+\\.ics\\?sig=[A-Za-z0-9_-]+)").matcher(html);
		assertThat(link.find()).as(html).isTrue();

		var response = client.getRaw(link.group(1));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
		System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
		Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
		VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
		assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2026-03-25T08:00:00Z"));

		assertThat(client.getRaw(link.group(1).replaceAll("sig=.*", "sig=forged")).statusCode()).isEqualTo(403);
	}

	@Test
	void anAgendaDatedTheSwedishWayIsSaidBackInFullAndAnOldOneIsWarnedAbout() {
		client.say(anna, room, "nätverk skapa Svenska datum");

		String planned = client.say(anna, room, "möte skapa\nNätverksträff 3\nonsdag 25 mars Växjö\n09:00 Välkommen")
			.html();
		assertThat(planned).contains("Möte 1 är planerat").contains("Datum: onsdag 25 mars 2026.");
		String old = client.say(anna, room, "möte skapa\nNätverksträff 2\n25/3 2021 Digitalt\n09:00 Välkommen").html();
		assertThat(old).contains("Möte 2 är planerat")
			.contains("torsdag 25 mars 2021 har redan varit; inga frågor skickas");
		assertThat(client.say(anna, room, "möte skapa\nTräff\nnästa torsdag\n09:00 Start").html()).contains("Rad 3")
			.contains("”nästa” är inget datum")
			.contains("17/4, 17 apr eller 2026-04-17");
		assertThat(client.say(anna, room, "möte lista").html()).contains("2026-03-25").contains("2021-03-25");
	}

	@Test
	void aBadAgendaIsExplainedByLineAndNothingIsStored() {
		client.say(anna, room, "nätverk skapa Felskrivet");
		long before = mongo.getCollection("meetings").countDocuments();

		String html = client.say(anna, room, "möte skapa\nTräff\n2026-02-30\n09:00 Start").html();

		assertThat(html).contains("Rad 3").contains("”2026-02-30” finns inte i almanackan").contains("Inget sparades");
		assertThat(html).as("what was typed comes back in the form, to correct")
			.contains("<textarea")
			.contains("Träff\n2026-02-30\n09:00 Start");
		assertThat(mongo.getCollection("meetings").countDocuments()).isEqualTo(before);
	}

	@Test
	void onlyOrganisersPlanMeetingsAndEveryoneSeesTheAgenda() {
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa Roller"));
		client.say(bo, "dm-" + bo, "gå med " + code + " Skolan");

		assertThat(client.say(bo, "dm-" + bo, "möte skapa\n" + AGENDA).html()).contains("Bara nätverkets arrangörer");
		assertThat(client.say(bo, "dm-" + bo, "agenda").html()).contains("inget kommande möte");

		client.say(anna, room, "möte skapa\n" + AGENDA);
		EventStream bosChat = client.follow("dm-" + bo, bo);
		await("the stream is open", () -> bosChat.has("event:ready"));
		client.say(bo, "dm-" + bo, "agenda");
		await("the agenda arrives in Bo's chat", () -> bosChat.has("Nätverksträff 2"));
		bosChat.close();
	}

	@Test
	void cancellingAMeetingMarksItsCardsTellsTheNetworkAndWithdrawsTheDay() {
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa Inställt"));
		client.say(bo, "dm-" + bo, "gå med " + code + " Polisen");
		client.say(anna, room, "möte skapa\n" + AGENDA);
		client.say(anna, room, "möte skapa\n"
				+ AGENDA.replace("2026-03-25", "2026-09-29").replace("Nätverksträff 2", "Nätverksträff 3"));
		EventStream page = client.follow(room, anna);
		await("the stream is open", () -> page.has("event:ready"));

		assertThat(client.say(bo, "dm-" + bo, "möte lista").html()).contains("#1 · 2026-03-25")
			.contains("#2 · 2026-09-29")
			.contains("Nätverksträff 3");
		assertThat(client.say(bo, "dm-" + bo, "möte ställ in 1").html()).contains("Bara nätverkets arrangörer");
		assertThat(client.say(anna, room, "möte ställ in").html()).contains("Skriv numret på mötet");

		assertThat(client.say(anna, room, "möte ställ in 1").html()).contains("Möte 1").contains("är inställt");
		await("the posted card says it is cancelled", () -> page.has("event:update"));
		assertThat(page.lines).anySatisfy(l -> assertThat(l).contains("Mötet är inställt").contains("Nätverksträff 2"));
		await("the network is told", () -> page.has("Mötet ”Nätverksträff 2 – Barnens bästa gäller!” är inställt"));
		assertThat(client.say(bo, "dm-" + bo, "möte lista").html()).contains("(inställt)");
		assertThat(client.say(anna, room, "möte ställ in 1").html()).contains("redan inställt");

		clock.set(Instant.parse("2026-03-25T08:30:00Z"));
		BackgroundWork.runDue(runner, mongo);
		assertThat(mongo.getCollection("due_work")
			.countDocuments(new org.bson.Document("state", "CANCELLED").append("kind", "meeting.slot-prompt")))
			.isGreaterThanOrEqualTo(1);
		assertThat(page.lines).as("no group-work question is posted")
			.noneMatch(l -> l.contains("Anteckna det ni kommer fram till"));
		page.close();
	}

	@Test
	void withoutAnAgendaTheOrganiserGetsAFormWithAnExample() {
		client.say(anna, room, "nätverk skapa Formulär");
		String html = client.say(anna, room, "möte skapa").html();
		assertThat(html).contains("<textarea").contains("Grupparbete: Roller &amp; mandat").contains("meeting create");
	}

}
