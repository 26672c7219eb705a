package se.samverka.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.BackgroundWork;
import se.samverka.Ledger;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.web.PlaygroundClient;

/**
 * Homework in the playground, over HTTP: an organiser assigns homework after a meeting,
 * those who said "här" get the questions in their personal room, answer by text and with
 * the command a question's form sends, change an answer, are reminded only while they
 * have not answered everything, and are refused after the due day; the organiser sees the
 * status and the "since last time" summary.
 */
@SamverkaTest
class HomeworkInThePlaygroundIntegrationTests {

	static final String AGENDA = """
			Nätverksträff 2 – Barnens bästa gäller!
			2026-03-25 Digitalt via Teams
			09:00 Välkommen
			09:30 Grupparbete: Roller & mandat (30 min)
			10:45 Tack för idag""";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	HomeworkRespondents respondents;

	@Autowired
	HomeworkLetters letters;

	PlaygroundClient client;

	final String anna = "anna-" + UUID.randomUUID().toString().substring(0, 8);

	final String bo = "bo-" + UUID.randomUUID().toString().substring(0, 8);

	final String cia = "cia-" + UUID.randomUUID().toString().substring(0, 8);

	final String dan = "dan-" + UUID.randomUUID().toString().substring(0, 8);

	final String room = "hw-" + UUID.randomUUID().toString().substring(0, 8);

	String networkId;

	@BeforeEach
	void connect() {
		client = new PlaygroundClient(port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
	}

	void network(String prefix) {
		String name = prefix + " " + UUID.randomUUID().toString().substring(0, 6);
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + name));
		client.say(bo, "dm-" + bo, "gå med " + code + " Polisen");
		client.say(cia, "dm-" + cia, "gå med " + code + " Skolan");
		client.say(dan, "dm-" + dan, "gå med " + code + " Skolan");
		networkId = mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
	}

	String say(String browser, String text) {
		return client.say(browser, browser.equals(anna) ? room : "dm-" + browser, text).html();
	}

	String history(String browser) {
		return client.get("/playground/api/rooms/dm-" + browser + "/history?browserId=" + browser).raw();
	}

	Document homework(int number) {
		return mongo.getCollection("homework")
			.find(new Document("networkId", networkId).append("number", number))
			.first();
	}

	Document answersOf(String browser) {
		String personId = mongo.getCollection("people").find(new Document("userId", browser)).first().getString("_id");
		String homeworkId = homework(1).getString("_id");
		return mongo.getCollection("homework_answers")
			.find(new Document("_id",
					HomeworkAnswers.idOf(homeworkId,
							respondents.of(homeworkId, new se.samverka.chat.PersonId(personId)))))
			.first();
	}

	/**
	 * A crash while the letters were being queued (here: the ledger lost Cia's and Dan's,
	 * and the homework is still marked as not fully queued): at start-up the rest are
	 * queued and sent, and nobody who had theirs gets it twice.
	 */
	@Test
	void lettersACrashLeftUnqueuedAreQueuedAtStartUpAndNobodyGetsThemTwice() {
		network("Halvvägs");
		assertThat(say(anna, "läxa 2026-04-30 | Vad tar vi med oss?")).contains("Läxa 1 är utskickad");
		Ledger.awaitIdle(mongo, networkId);
		String homeworkId = homework(1).getString("_id");
		assertThat(homework(1)).as("queued: the mark is gone").doesNotContainKey("lettersQueued");
		// what a crash mid-queue leaves
		mongo.getCollection("homework")
			.updateOne(new Document("_id", homeworkId), new Document("$set", new Document("lettersQueued", false)));
		for (String lost : java.util.List.of(cia, dan)) {
			assertThat(mongo.getCollection("outbox")
				.deleteMany(new Document("messageKey", new Document("$regex", "^homework:" + homeworkId))
					.append("recipient.userId", lost))
				.getDeletedCount()).as("the letter to " + lost + " is gone from the ledger").isEqualTo(1);
		}
		String question = "Fråga 1: Vad tar vi med oss?";
		assertThat(history(cia)).contains(question);

		letters.afterSingletonsInstantiated();
		Ledger.awaitIdle(mongo, networkId);

		assertThat(homework(1)).doesNotContainKey("lettersQueued");
		for (String member : java.util.List.of(bo, cia, dan)) {
			assertThat(mongo.getCollection("outbox")
				.countDocuments(new Document("messageKey", "homework:" + homeworkId + ":questions:1:1")
					.append("recipient.userId", member)
					.append("state", "SENT")))
				.as(member)
				.isEqualTo(1);
		}
		// Bo had his: not again (Cia's and Dan's went out again only because the ledger
		// had lost them)
		assertThat(history(bo).split(java.util.regex.Pattern.quote(question), -1)).hasSize(2);
	}

	@Test
	void homeworkGoesToThoseWhoWereThereWhoAnswerAreRemindedAndSeeItClose() {
		network("Läxa");
		say(anna, "möte skapa\n" + AGENDA);
		assertThat(say(bo, "här")).contains("du är på plats på möte 1");
		assertThat(say(cia, "här")).contains("du är på plats på möte 1");
		clock.set(Instant.parse("2026-03-25T12:00:00Z"));

		assertThat(say(anna, "läxa 30 april | Vad tar vi med oss tillbaka? | Vad tar vi med till nästa träff?"))
			.contains("Läxa 1 är utskickad (antal frågor: 2); svar tas emot till och med torsdag 30 april 2026")
			.contains("träff 1")
			.contains("de 2 som var på träffen (2 nåddes privat)")
			.contains("2026-04-01, 2026-04-16, 2026-04-29");
		String homeworkId = homework(1).getString("_id");
		assertThat(mongo.getCollection("due_work").find(new Document("subject", homeworkId)).into(new ArrayList<>()))
			.extracting(d -> d.getString("kind") + "@" + d.getDate("dueAt").toInstant())
			.as("09:00 in Stockholm, summer time from March 29")
			.containsExactlyInAnyOrder("homework.remind@2026-04-01T07:00:00Z", "homework.remind@2026-04-16T07:00:00Z",
					"homework.remind@2026-04-29T07:00:00Z");

		// the letter is several messages; the reply counts who got the first, the rest
		// follow through the ledger
		PlaygroundClient.await("Bo's letter is complete",
				() -> history(bo).contains("Fråga 2: Vad tar vi med till nästa träff?"));
		PlaygroundClient.await("Cia's letter is complete",
				() -> history(cia).contains("Fråga 2: Vad tar vi med till nästa träff?"));
		assertThat(history(bo)).contains("Läxa 1 till nästa träff")
			.contains("Fråga 1: Vad tar vi med oss tillbaka?")
			.contains("Fråga 2: Vad tar vi med till nästa träff?")
			.contains("data-input")
			.containsPattern("data-command=\\\\\"@[0-9a-f-]+/[0-9a-f-]+ answer 2\\\\\"");
		assertThat(history(cia)).contains("Fråga 1: Vad tar vi med oss tillbaka?");
		assertThat(history(dan)).as("Dan was not at the meeting").doesNotContain("Läxa 1 till nästa träff");

		assertThat(say(bo, "svar 1 Rollfördelningen"))
			.contains("Ditt svar på fråga 1 i läxa 1 är sparat (1 av 2 besvarade)");
		// what the second question's form sends: its button's command followed by the
		// input
		assertThat(say(bo, "answer 2 Erfarenheter från skolan"))
			.contains("fråga 2 i läxa 1 är sparat (2 av 2 besvarade)");
		assertThat(say(bo, "svar 2 Erfarenheter från polisen")).as("answering again replaces")
			.contains("(2 av 2 besvarade)");
		assertThat(answersOf(bo).get("answers", Document.class))
			.isEqualTo(new Document("1", "Rollfördelningen").append("2", "Erfarenheter från polisen"));
		assertThat(answersOf(bo).toJson()).as("the answer names nobody").doesNotContain(bo);
		assertThat(answersOf(bo).getString("organisation")).as("an organisation of one member is not kept").isNull();

		assertThat(say(cia, "svar 3 Något")).contains("Det finns ingen fråga 3 i läxa 1; välj en från 1 till 2");
		assertThat(say(cia, "svar 1")).contains("Skriv ditt svar efter frågans nummer");
		assertThat(say(cia, "svar 1 " + "x".repeat(2_001))).contains("Svaret har 2001 tecken; högst 2000");
		assertThat(say(cia, "svar 1 Ring 19121212-1212")).contains("personnummer");
		// a space instead of the hyphen, and no separator at all (check digit right:
		// 120315-1236)
		assertThat(say(cia, "svar 1 Eleven 120315 1236 behöver stöd"))
			.contains("Svaret ser ut att innehålla ett personnummer och sparades inte");
		assertThat(say(cia, "svar 1 Eleven 1203151236 behöver stöd")).contains("sparades inte");
		assertThat(say(cia, "svar Mer samverkan")).contains("Skriv frågans nummer och ditt svar");
		assertThat(answersOf(cia)).as("nothing stored for bad answers").isNull();
		assertThat(mongo.getCollection("transcript")
			.countDocuments(new Document("text", new Document("$regex", "120315 ?1236"))))
			.as("the conversation log masks the number")
			.isZero();
		assertThat(say(dan, "svar 1 Jag var inte där")).contains("Du har ingen läxa att svara på");
		assertThat(say(cia, "svar 1 Mer samverkan")).contains("(1 av 2 besvarade)");
		assertThat(mongo.getCollection("transcript").find(new Document("networkId", networkId)).into(new ArrayList<>()))
			.as("answers are not kept in the conversation log")
			.noneMatch(e -> String.valueOf(e.get("text")).contains("Rollfördelningen"));

		String status = say(anna, "läxa status");
		assertThat(status).contains("Läxa 1: svar till och med 2026-04-30")
			.contains("1 av 2 har svarat på alla frågor")
			.contains("Anna " + bo + " (Polisen)")
			.contains("2 av 2 frågor")
			.contains("Anna " + cia + " (Skolan)")
			.contains("1 av 2 frågor")
			.contains("1 av 1 klara")
			.contains("0 av 1 klara");
		assertThat(say(bo, "läxa status")).contains("Bara nätverkets arrangörer kan använda");

		clock.set(Instant.parse("2026-04-01T07:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		// reminders go out through the delivery ledger, in the background
		PlaygroundClient.await("the reminder reaches Cia", () -> history(cia).contains("Påminnelse: läxa 1"));
		// the evaluation's own reminder may come the same morning: only homework
		// reminders
		// count here, once the ledger has sent all there was
		Ledger.awaitIdle(mongo, networkId);
		assertThat(history(bo)).as("Bo has answered everything").doesNotContain("Påminnelse: läxa");
		assertThat(history(dan)).doesNotContain("Påminnelse: läxa");

		// the next meeting's agenda is posted: the reply offers the answers, with a
		// button for the summary
		assertThat(say(anna,
				"möte skapa\n"
						+ AGENDA.replace("2026-03-25", "2026-05-20").replace("Nätverksträff 2", "Nätverksträff 3")))
			.contains("Möte 2")
			.contains("Sedan sist: 2 av 2 har svarat på läxa 1")
			.contains("data-command=\"homework summary 1\"");
		String summary = say(anna, "homework summary 1");
		assertThat(summary).contains("Sedan sist: svaren på läxa 1")
			.contains("2 av 2 har svarat")
			.contains("Rollfördelningen")
			.contains("Mer samverkan")
			.contains("Erfarenheter från polisen")
			.contains("Organisationer visas bara bredvid minst 5 svar från samma organisation")
			.doesNotContain("Polisen")
			.doesNotContain(bo);

		// found late, after the due day: the remaining reminders are not sent, and
		// answers are refused
		clock.set(Instant.parse("2026-05-01T08:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		Ledger.awaitIdle(mongo, networkId);
		assertThat(history(cia).split("Påminnelse: läxa 1", -1)).as("reminded once").hasSize(2);
		assertThat(say(cia, "svar 2 För sent")).contains("Läxa 1 stängde efter 2026-04-30");
		assertThat(answersOf(cia).get("answers", Document.class)).isEqualTo(new Document("1", "Mer samverkan"));
	}

	@Test
	void homeworkGivenDuringAMeetingGoesToThoseAtThatMeetingNotTheOneBefore() {
		network("Pågår");
		say(anna, "möte skapa\n" + AGENDA);
		say(anna, "möte skapa\n"
				+ AGENDA.replace("2026-03-25", "2026-05-20").replace("Nätverksträff 2", "Nätverksträff 3"));
		assertThat(say(bo, "här")).contains("på möte 1");
		assertThat(say(cia, "här")).contains("på möte 1");
		clock.set(Instant.parse("2026-05-20T07:10:00Z")); // 09:10 (CEST) on the day of
															// meeting 2
		assertThat(say(dan, "här")).contains("på möte 2");

		assertThat(say(anna, "läxa 2026-06-30 | Vad tar vi med oss tillbaka?")).contains("Den hör till träff 2")
			.contains("den enda som var på träffen (1 nåddes privat)");
		assertThat(homework(1).getList("recipients", String.class))
			.containsExactly(mongo.getCollection("people").find(new Document("userId", dan)).first().getString("_id"));
		PlaygroundClient.await("Dan gets the question", () -> history(dan).contains("Vad tar vi med oss tillbaka?"));
		assertThat(history(bo)).doesNotContain("Vad tar vi med oss tillbaka?");
	}

	@Test
	void remindersCanBeReplannedAndKeepNineOClockAcrossDaylightSavingTime() {
		network("Sommartid");
		clock.set(Instant.parse("2026-03-01T09:00:00Z"));
		assertThat(say(anna, "läxa 2026-11-15 | Vad har hänt?")).contains("ingen träff")
			.contains("Den gick till alla 4 medlemmar");
		// the questions go out through the delivery ledger, in the background
		PlaygroundClient.await("the question reaches Dan", () -> history(dan).contains("Fråga 1: Vad har hänt?"));

		// the last Sunday of March 2026 is the 29th, of October the 25th
		assertThat(say(anna, "läxa påminnelser 1 2026-03-30, 2026-10-26, 2026-02-01, 2026-12-01"))
			.contains("Läxa 1 påminner kl. 09:00: 2026-03-30, 2026-10-26");
		String homeworkId = homework(1).getString("_id");
		assertThat(mongo.getCollection("due_work")
			.find(new Document("subject", homeworkId).append("state", "PENDING"))
			.into(new ArrayList<>())).extracting(d -> d.getDate("dueAt").toInstant())
			.containsExactlyInAnyOrder(Instant.parse("2026-03-30T07:00:00Z"), Instant.parse("2026-10-26T08:00:00Z"));
		assertThat(say(anna, "läxa påminnelser 1 +7")).contains("räknas från träffen");
		assertThat(say(anna, "läxa påminnelser 1 snart")).contains("”snart” går inte att läsa")
			.contains("Inget sparades");
		assertThat(say(anna, "läxa påminnelser 7 -1")).contains("Det finns ingen läxa 7");

		assertThat(say(bo, "svar 1 Mycket")).contains("1 av 1 besvarade");
		clock.set(Instant.parse("2026-03-30T07:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		// reminders go out through the delivery ledger, in the background
		PlaygroundClient.await("the reminders reach Cia and Dan",
				() -> history(cia).contains("Påminnelse: läxa 1") && history(dan).contains("Påminnelse: läxa 1"));
		Ledger.awaitIdle(mongo, networkId);
		assertThat(history(bo)).doesNotContain("Påminnelse: läxa");
	}

	@Test
	void badHomeworkGetsClearRepliesAndNothingIsStoredButTheFormsExampleWorks() {
		network("Fel");
		assertThat(say(anna, "läxa Vad tar vi med? | Vad ger vi?")).contains("”Vad” är inget datum")
			.contains("till exempel 17 apr")
			.contains("Inget sparades");
		assertThat(say(anna, "läxa 2026-03-19 | Vad?")).contains("Sista dagen, torsdag 19 mars 2026, har redan varit");
		assertThat(say(anna, "läxa 30/4 Vad tar vi med?"))
			.contains("Sätt ett | mellan sista dagen och frågan: läxa 30/4 | Vad tar vi med?");
		assertThat(say(anna, "läxa 30/2 | Vad?")).contains("”30/2” finns inte i almanackan");
		assertThat(say(anna, "läxa 2026-04-30")).contains("Läxan har inga frågor");
		assertThat(say(anna, "läxa 2026-04-30 |1|2|3|4|5|6|7|8|9|10|11")).contains("Läxan har 11 frågor; högst 10");
		assertThat(say(anna, "läxa 2026-04-30 | Ring 19121212-1212")).contains("personnummer");
		assertThat(say(anna, "läxa 2026-04-30 | Hur går det för 120315 1236?")).contains("personnummer");
		assertThat(say(bo, "läxa 2026-04-30 | Får jag?")).contains("Bara nätverkets arrangörer kan använda");
		assertThat(say(anna, "läxa status")).contains("Nätverket har ingen läxa än");
		assertThat(mongo.getCollection("homework").countDocuments(new Document("networkId", networkId))).isZero();

		String form = say(anna, "läxa");
		assertThat(form).contains("Ny läxa").contains("<textarea").contains("Skicka läxan");
		java.util.regex.Matcher example = java.util.regex.Pattern.compile("<textarea[^>]*>([^<]*)</textarea>")
			.matcher(form);
		assertThat(example.find()).as(form).isTrue();
		assertThat(say(anna, "homework " + example.group(1))).contains("Läxa 1 är utskickad (antal frågor: 2)");
	}

	@Test
	void aOneMemberOrganisationsAnswerIsShownUnderOtherOrganisationsEverywhere() {
		String name = "Övriga " + UUID.randomUUID().toString().substring(0, 6);
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + name));
		networkId = mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
		String[] orgs = { "Skolan", "Skolan", "Skolan", "Skolan", "Skolan", "Polismyndigheten", "IFO", "Regionen",
				"Fritid", "Kyrkan" };
		for (int i = 0; i < orgs.length; i++) {
			client.say("m" + i + bo, "dm-m" + i + bo, "gå med " + code + " " + orgs[i]);
		}
		say(anna, "möte skapa\n" + AGENDA);
		clock.set(Instant.parse("2026-03-25T12:00:00Z"));
		assertThat(say(anna, "läxa 2026-04-30 | Vad tar vi med oss tillbaka?")).contains("Läxa 1 är utskickad");
		for (int i = 0; i < orgs.length; i++) {
			assertThat(client.say("m" + i + bo, "dm-m" + i + bo, "svar 1 Tanke nummer " + i).html()).contains("1");
		}

		String summary = say(anna, "läxa sammanfattning");
		assertThat(summary).as("homework summary")
			.contains("Svaren visas utan namn")
			.contains("Skolan")
			.contains("övriga organisationer")
			.contains("Tanke nummer 5")
			.doesNotContain("Polismyndigheten");

		String digest = client.say(anna, "dm-" + anna, "digest preview").html();
		String homeworkPart = digest.substring(digest.indexOf("Sedan sist: svaren på läxa 1"));
		assertThat(homeworkPart).as("digest").contains("övriga organisationer").doesNotContain("Polismyndigheten");

		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("https?://[^/\\s\"<]+(/archive/[0-9a-f-]{36}\\?t=[0-9]+\\.(?:sv|en)\\.[A-Za-z0-9_-]+)")
			.matcher(client.say(anna, "dm-" + anna, "arkiv länk").html());
		assertThat(link.find()).isTrue();
		String page = client.getRaw(link.group(1)).body();
		String homework = section(page, "<h3>Läxor</h3>", "<h3>");
		assertThat(homework).as("archive")
			.contains("övriga organisationer: Tanke nummer 5")
			.contains("Skolan: Tanke nummer 0")
			.doesNotContain("Polismyndigheten");
		String markdown = client.getRaw(link.group(1).replace("?t=", "/meetings/1.md?t=")).body();
		assertThat(section(markdown, "\n## Läxor\n", "\n## ")).as("archive Markdown")
			.contains("övriga organisationer: Tanke nummer 5")
			.doesNotContain("Polismyndigheten");
	}

	/** From {@code heading} to the next heading of its level (or the end). */
	private static String section(String text, String heading, String next) {
		String from = text.substring(text.indexOf(heading));
		int end = from.indexOf(next, heading.length());
		return end < 0 ? from : from.substring(0, end);
	}

}
