package se.samverka.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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
import se.samverka.chat.NetworkId;
import se.samverka.digest.DigestRecord;
import se.samverka.digest.Digests;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.web.PlaygroundClient;

/**
 * Steering-group digests in the playground, over HTTP: a steering room gets the Monday
 * digest once, however often the job runs; organisers preview it privately, hold digests
 * for approval and send them; the after-meeting digest shows presence per organisation as
 * an SVG chart; the schedule can be changed and stopped.
 */
@SamverkaTest
class DigestsInThePlaygroundIntegrationTests {

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
	Digests digests;

	PlaygroundClient client;

	final String anna = "anna-" + UUID.randomUUID().toString().substring(0, 8);

	final String bo = "bo-" + UUID.randomUUID().toString().substring(0, 8);

	final String cia = "cia-" + UUID.randomUUID().toString().substring(0, 8);

	final String room = "dg-" + UUID.randomUUID().toString().substring(0, 8);

	final String steering = "styr-" + UUID.randomUUID().toString().substring(0, 8);

	String networkId;

	@BeforeEach
	void connect() {
		client = new PlaygroundClient(port);
		clock.set(Instant.parse("2026-03-18T12:00:00Z"));
	}

	void network(String prefix) {
		String name = prefix + " " + UUID.randomUUID().toString().substring(0, 6);
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + name));
		client.say(bo, "dm-" + bo, "gå med " + code + " Polisen");
		client.say(cia, "dm-" + cia, "gå med " + code + " Skolan");
		networkId = mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
	}

	String say(String browser, String roomId, String text) {
		return client.say(browser, roomId, text).html();
	}

	String history(String roomId, String browser) {
		return client.get("/playground/api/rooms/" + roomId + "/history?browserId=" + browser).raw();
	}

	static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	Document scheduledWork() {
		return mongo.getCollection("due_work").find(new Document("_id", "digest:" + networkId + ":scheduled")).first();
	}

	@Test
	void theSteeringRoomGetsTheMondayDigestOnceEvenWhenTheJobRunsAgain() {
		network("Lägesrapport");
		assertThat(say(anna, steering, "styrgrupp här")).contains("styrgruppens sammanfattningar");
		assertThat(scheduledWork().getDate("dueAt").toInstant()).as("Monday 08:00 in Stockholm, winter time")
			.isEqualTo(Instant.parse("2026-03-23T07:00:00Z"));
		assertThat(say(bo, "dm-" + bo, "styrgrupp här")).contains("Bara nätverkets arrangörer");
		assertThat(say(anna, room, "möte skapa\n" + AGENDA)).contains("Möte 1");

		clock.set(Instant.parse("2026-03-23T07:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		PlaygroundClient.await("the digest reaches the steering room",
				() -> history(steering, anna).contains("Vecka 13"));
		// an instance that died mid-run: another runs the same occurrence again
		mongo.getCollection("due_work")
			.updateOne(new Document("_id", "digest:" + networkId + ":scheduled"),
					new Document("$set", new Document("state", "PENDING").append("dueAt", Date.from(clock.instant()))
						.append("localDue", "2026-03-23T08:00")));
		BackgroundWork.runDue(runner, mongo);
		BackgroundWork.runDue(runner, mongo);
		// the background runner may hold the claim instead of this thread: wait for its
		// run
		await("the run is over").until(() -> scheduledWork().getString("state").equals("PENDING"));
		Ledger.awaitIdle(mongo, networkId);
		String posted = history(steering, anna);
		assertThat(count(posted, "Vecka 13, 2026-03-23")).as("sent once").isEqualTo(1);
		assertThat(posted).contains("Lägesrapport: Lägesrapport")
			.contains("Nästa träff")
			.contains("Träff 1")
			.contains("2026-03-25, Digitalt via Teams")
			.contains("klar: 3 punkter, varav 1 grupparbete")
			.contains("Medverkan per organisation")
			.contains("Polisen")
			.contains("Skolan")
			.contains("<svg")
			.contains("<rect class=\\\"bar\\\"");
		assertThat(history(room, anna)).as("not in the network's ordinary room").doesNotContain("Vecka 13");
		assertThat(mongo.getCollection("outbox")
			.countDocuments(new Document("messageKey", "digest:" + networkId + ":scheduled:2026-03-23T08:00")))
			.isEqualTo(1);
		assertThat(scheduledWork().getDate("dueAt").toInstant()).as("next Monday, summer time")
			.isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));

		List<DigestRecord> archive = digests.list(new NetworkId(networkId));
		assertThat(archive).singleElement().satisfies(d -> {
			assertThat(d.kind()).isEqualTo("scheduled");
			assertThat(d.sentAt()).isEqualTo(Instant.parse("2026-03-23T07:00:00Z"));
			assertThat(d.markdown()).startsWith("# Lägesrapport: Lägesrapport")
				.contains("## Nästa träff")
				.contains("`█")
				.contains("- **Polisen**: 1 medlem ·");
		});
	}

	@Test
	void duringTheMeetingTheDigestCountsThoseThereAsPresent() {
		network("Pågår");
		say(anna, room, "möte skapa\n" + AGENDA);
		clock.set(Instant.parse("2026-03-25T08:35:00Z")); // 09:35, during the meeting
		assertThat(say(bo, "dm-" + bo, "här")).contains("på plats");

		String preview = say(anna, "dm-" + anna, "digest preview");

		assertThat(preview).contains("Sedan träff 1 (2026-03-25)")
			.contains("På plats på träff 1")
			.contains("1 av 1")
			.contains("· 1 på plats ·")
			.contains("· 0 på plats ·")
			.doesNotContain("Ingen träff har hållits än");
	}

	@Test
	void organisersPreviewPrivatelyHoldDigestsForApprovalAndSendThem() {
		network("Godkänn");
		say(anna, steering, "styrgrupp här");
		say(anna, room, "möte skapa\n" + AGENDA);
		// The weekly digest falls due during the meeting, after the preview: were it due
		// when the clock jumps to the meeting, the application's own due-work runner
		// could
		// send it before approval is on.
		assertThat(say(anna, room, "lägesrapport schema onsdag 10:30")).contains("Nästa: 2026-03-25 10:30");
		clock.set(Instant.parse("2026-03-25T08:35:00Z"));
		assertThat(say(bo, "dm-" + bo, "här")).contains("på plats");
		assertThat(say(cia, "dm-" + cia, "här")).contains("på plats");
		say(bo, "dm-" + bo, "lapp Tydliga kontaktvägar");
		say(cia, "dm-" + cia, "lapp anon Vi vet inte vem vi ska ringa");
		say(cia, "dm-" + cia, "plus 1");

		assertThat(say(bo, "dm-" + bo, "lägesrapport förhandsvisa")).contains("Bara nätverkets arrangörer");
		assertThat(say(anna, room, "lägesrapport förhandsvisa")).contains("skickad till dig i din personliga chatt");
		PlaygroundClient.await("the preview reaches Anna privately",
				() -> history("dm-" + anna, anna).contains("Förhandsvisning"));
		String preview = say(anna, "dm-" + anna, "digest preview");
		assertThat(preview).contains("Förhandsvisning")
			.contains("Mest medhåll på väggarna")
			.contains("Tydliga kontaktvägar")
			.contains("+1")
			.contains("Vi vet inte vem vi ska ringa")
			.doesNotContain("Anna " + bo);
		assertThat(history(steering, anna)).doesNotContain("Förhandsvisning");

		assertThat(say(anna, room, "lägesrapport godkännande på")).contains("Godkännande är på");
		assertThat(say(anna, room, "lägesrapport godkännande kanske")).contains("inte ”kanske”");
		clock.set(Instant.parse("2026-03-25T10:00:00Z"));
		// the weekly digest, missed while the clock jumped, and the one after the
		// meeting:
		// only the newest waits (whether this call or the background runner runs them)
		BackgroundWork.runDue(runner, mongo);
		await("only the newest digest waits").untilAsserted(() -> assertThat(
				mongo.getCollection("digests").find(new Document("networkId", networkId)).into(new ArrayList<>()))
			.extracting(d -> d.getString("kind") + " " + d.getString("state"))
			.containsExactlyInAnyOrder("SCHEDULED SUPERSEDED", "AFTER_MEETING WAITING"));
		PlaygroundClient.await("Anna is told a digest waits",
				() -> history("dm-" + anna, anna).contains("väntar på godkännande"));
		assertThat(history("dm-" + bo, bo)).as("only organisers are told").doesNotContain("väntar på godkännande");
		assertThat(say(anna, "dm-" + anna, "lägesrapport förhandsvisa"))
			.contains("Väntar på godkännande sedan 2026-03-25 11:00")
			.contains("Efter träff 1");
		assertThat(history(steering, anna)).doesNotContain("Efter träff 1");

		assertThat(say(anna, room, "lägesrapport skicka")).contains("Den väntande lägesrapporten är skickad");
		PlaygroundClient.await("the approved digest reaches the steering room",
				() -> history(steering, anna).contains("Efter träff 1"));
		String sent = history(steering, anna);
		assertThat(sent).contains("På plats på träff 1")
			.contains("1 av 1")
			.contains("Dessutom 1 anonym lapp")
			.contains("Tydliga kontaktvägar");
		assertThat(mongo.getCollection("digests")
			.find(new Document("networkId", networkId).append("kind", "AFTER_MEETING"))
			.first()
			.getString("state")).isEqualTo("SENT");
		clock.set(Instant.parse("2026-03-25T10:05:00Z"));
		assertThat(say(anna, room, "lägesrapport skicka")).contains("Ingen lägesrapport väntade, så en ny är skickad");
		assertThat(digests.list(new NetworkId(networkId))).extracting(DigestRecord::kind)
			.containsExactly("manual", "after-meeting");
	}

	@Test
	void theDigestShowsTheNewestEvaluationAsBarsOutOfFiveOnlyFromFiveAnswers() {
		network("Utvärderad");
		String dan = "dan-" + UUID.randomUUID().toString().substring(0, 8);
		String eva = "eva-" + UUID.randomUUID().toString().substring(0, 8);
		String code = mongo.getCollection("networks")
			.find(new Document("_id", networkId))
			.first()
			.getString("inviteCode");
		client.say(dan, "dm-" + dan, "gå med " + code + " Socialtjänsten");
		client.say(eva, "dm-" + eva, "gå med " + code + " Socialtjänsten");
		say(anna, steering, "styrgrupp här");
		say(anna, room, "möte skapa\n" + AGENDA);
		clock.set(Instant.parse("2026-03-25T10:00:00Z"));
		assertThat(say(anna, room, "utvärdering skicka 1")).isNotBlank();
		String[] everyone = { anna, bo, cia, dan };
		for (String who : everyone) {
			say(who, "dm-" + who, "utvärdera 1 4 5 3 4 5 2 | Bra dag");
		}
		assertThat(say(anna, room, "lägesrapport skicka")).isNotBlank();
		PlaygroundClient.await("a digest in the steering room",
				() -> history(steering, anna).contains("Utvärdering av träff 1"));
		assertThat(history(steering, anna)).contains("4 av 5 har svarat")
			.contains("För få svar för att visa resultat (4 av minst 5)")
			.doesNotContain("Medelvärde per påstående");

		say(eva, "dm-" + eva, "utvärdera 1 5 5 3 4 5 2 | Bra dag");
		clock.set(Instant.parse("2026-03-25T10:10:00Z"));
		say(anna, room, "lägesrapport skicka");
		DigestRecord newest = digests.list(new NetworkId(networkId)).get(0);
		assertThat(newest.markdown()).contains("## Utvärdering av träff 1")
			.contains("5 av 5 har svarat")
			.contains("Medelvärde per påstående, 1–5")
			.as("first statement: four 4s and one 5")
			.contains("4,2 av 5")
			.contains("5 kommentarer finns att läsa i arkivet")
			.doesNotContain("Bra dag")
			.doesNotContain(eva);
	}

	@Test
	void theScheduleCanBeChangedStoppedAndIsExplained() {
		network("Schema");
		assertThat(say(anna, room, "lägesrapport schema fredag 15:30")).contains("0 30 15 * * FRI")
			.contains("Nästa: 2026-03-20 15:30")
			.contains("inget styrgruppssamtal");
		assertThat(scheduledWork().getDate("dueAt").toInstant()).isEqualTo(Instant.parse("2026-03-20T14:30:00Z"));
		assertThat(say(anna, room, "lägesrapport schema blursday 08:00")).contains("”blursday” är ingen veckodag")
			.contains("Inget ändrades");
		assertThat(say(anna, room, "digest schedule * * * * * *")).contains("tätare än var 12:e timme");
		assertThat(scheduledWork().getDate("dueAt").toInstant()).as("unchanged")
			.isEqualTo(Instant.parse("2026-03-20T14:30:00Z"));
		say(anna, steering, "styrgrupp här");
		assertThat(say(anna, room, "lägesrapport schema")).contains("0 30 15 * * FRI")
			.contains("Godkännande är av")
			.doesNotContain("inget styrgruppssamtal");
		assertThat(say(anna, room, "lägesrapport schema av")).contains("avstängda");
		assertThat(scheduledWork().getString("state")).isEqualTo("CANCELLED");
		clock.set(Instant.parse("2026-03-20T14:30:00Z"));
		BackgroundWork.runDue(runner, mongo);
		assertThat(mongo.getCollection("digests").countDocuments(new Document("networkId", networkId))).isZero();
		assertThat(say(anna, room, "hjälp lägesrapport")).contains("lägesrapport schema måndag 08:00")
			.contains("lägesrapport skicka");
		assertThat(say(bo, "dm-" + bo, "hjälp lägesrapport")).doesNotContain("lägesrapport schema")
			.doesNotContain("lägesrapport skicka");
		assertThat(new ArrayList<>(List.of(say(anna, room, "lägesrapport schema måndag 08:00")))).singleElement()
			.asString()
			.contains("Nästa: 2026-03-23 08:00");
	}

}
