package se.samverka.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.web.PlaygroundClient.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.web.PlaygroundClient.EventStream;
import se.samverka.web.PlaygroundClient;

/**
 * Reflection boards in the playground, over HTTP: a free board and a group-work slot's
 * board, notes with +1s updated in place, anonymous notes that leave no trace of their
 * author, refusals that store nothing, the summary and the export files.
 */
@SamverkaTest
class BoardsInThePlaygroundIntegrationTests {

	static final String AGENDA = """
			Nätverksträff 2
			2026-03-25 Digitalt
			09:00 Välkommen
			09:30 Grupparbete: Roller & mandat (30 min)
			  Förväntningar på oss inom vår egen enhet
			10:00 Tack för idag""";

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

	final String cia = "cia-" + UUID.randomUUID().toString().substring(0, 8);

	final String room = "vagg-" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void connect() {
		client = new PlaygroundClient(port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
	}

	String network(String name) {
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + name));
		client.say(bo, "dm-" + bo, "gå med " + code + " Polisen");
		client.say(cia, "dm-" + cia, "gå med " + code + " Skolan");
		return code;
	}

	String bo(String text) {
		return client.say(bo, "dm-" + bo, text).html();
	}

	String cia(String text) {
		return client.say(cia, "dm-" + cia, text).html();
	}

	@Test
	void notesAndPlusOnesGoOnAFreeBoardWhoseCardIsUpdatedInPlace() {
		network("Väggar");
		EventStream page = client.follow(room, anna);
		await("the stream is open", () -> page.has("event:ready"));

		assertThat(client.say(anna, room, "vägg skapa Erfarenheter | Vad fungerar? | Vad saknas?").html())
			.contains("Väggen ”Erfarenheter” är skapad med 2 kolumner");
		await("the board card is posted in the room", () -> page.has("Vad saknas?"));

		assertThat(bo("lapp 2: Gemensam kontaktlista"))
			.contains("Lapp 1 sitter på väggen ”Erfarenheter” (Vad saknas?)");
		assertThat(cia("lapp Samverkansmöten varje månad")).contains("Lapp 2 sitter på väggen");
		assertThat(cia("plus 1")).contains("+1 på lapp 1");
		assertThat(cia("plus 1")).contains("Du har redan gett lapp 1 ett +1");
		assertThat(bo("+1 1")).contains("+1 på lapp 1");
		assertThat(cia("lapp ändra 1 Min text nu")).contains("Lapp 1 skrev någon annan");
		assertThat(cia("lapp ta bort 1")).contains("Lapp 1 skrev någon annan");
		assertThat(bo("lapp ändra 1 Gemensam kontaktlista för alla")).contains("Lapp 1 är ändrad");
		assertThat(bo("plus 99")).contains("Det finns ingen lapp 99");

		clock.set(clock.instant().plusSeconds(5));
		BackgroundWork.runDue(runner, mongo);
		await("the posted card is updated in place", () -> page.lines.stream()
			.anyMatch(l -> l.contains("Gemensam kontaktlista för alla (+2)") && l.contains("#2 Samverkansmöten")));
		Object noteId = mongo.getCollection("notes")
			.find(new Document("text", "Gemensam kontaktlista för alla"))
			.first()
			.get("_id");
		assertThat(mongo.getCollection("plus_ones").countDocuments(new Document("noteId", noteId))).isEqualTo(2);

		assertThat(cia("lapp ta bort 2")).contains("Lapp 2 är borttagen");
		assertThat(mongo.getCollection("notes").countDocuments(new Document("text", "Samverkansmöten varje månad")))
			.isZero();
		page.close();
	}

	@Test
	void anAnonymousNoteKeepsNoTraceOfItsAuthorAndCanOnlyBeHidden() {
		// the database is shared with other tests: a text only this test writes
		String secret = "Vi vet inte vem vi ska ringa på helgen " + UUID.randomUUID();
		network("Anonymt");
		client.say(anna, room, "vägg skapa Oro");

		String reply = bo("lapp anon " + secret);

		assertThat(reply).contains("Din anonyma lapp sitter på väggen ”Oro”").doesNotContain("Lapp 1");
		Document note = mongo.getCollection("notes").find(new Document("text", secret)).first();
		assertThat(note).isNotNull();
		assertThat(note.get("authorId")).isNull();
		assertThat(note.get("organisation")).isNull();
		assertThat(note.getDate("createdAt").toInstant()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MINUTES));
		String boId = mongo.getCollection("people").find(new Document("userId", bo)).first().getString("_id");
		String networkId = mongo.getCollection("networks")
			.find(new Document("name", "Anonymt"))
			.first()
			.getString("_id");
		List<Document> turn = mongo.getCollection("transcript")
			.find(new Document("networkId", networkId))
			.into(new java.util.ArrayList<>());
		assertThat(turn).as("the turn is logged")
			.anySatisfy(e -> assertThat(e.getString("text")).isEqualTo("[note anon]"));
		assertThat(turn)
			.filteredOn(e -> "[note anon]".equals(e.getString("text"))
					|| String.valueOf(e.getString("text")).contains("anonyma lapp"))
			.hasSize(2)
			.allSatisfy(e -> {
				assertThat(e.get("personId")).isNull();
				assertThat(e.getString("conversation")).isEqualTo("anonymous").doesNotContain(bo);
			});
		assertThat(mongo.getCollection("transcript")
			.countDocuments(new Document("text", new Document("$regex", Pattern.quote(secret))).append("personId",
					new Document("$ne", null))))
			.isZero();
		assertThat(mongo.getCollection("transcript")
			.countDocuments(
					new Document("personId", boId).append("text", new Document("$regex", "note anon|anonyma lapp"))))
			.isZero();

		assertThat(bo("lapp ändra 1 annat")).contains("Lapp 1 är anonym");
		assertThat(bo("lapp ta bort 1")).contains("Lapp 1 är anonym");
		assertThat(bo("lapp dölj 1")).contains("Bara nätverkets arrangörer");
		assertThat(client.say(anna, room, "lapp dölj 1").html()).contains("Lapp 1 är dold");
		assertThat(mongo.getCollection("notes").find(new Document("_id", note.get("_id"))).first().getBoolean("hidden"))
			.isTrue();
		assertThat(cia("plus 1")).contains("Det finns ingen lapp 1");

		// hidden by mistake: the organiser puts it back, still anonymous
		assertThat(cia("lapp visa 1")).contains("Bara nätverkets arrangörer");
		assertThat(client.say(anna, room, "lapp visa 1").html()).contains("Lapp 1 syns på väggen igen");
		assertThat(client.say(anna, room, "lapp visa 1").html()).contains("Det finns ingen dold lapp 1");
		Document shown = mongo.getCollection("notes").find(new Document("_id", note.get("_id"))).first();
		assertThat(shown.getBoolean("hidden")).isFalse();
		assertThat(shown.get("authorId")).isNull();
		assertThat(cia("plus 1")).contains("+1");
	}

	@Test
	void badNotesAreExplainedAndNothingIsStored() {
		network("Fel");
		assertThat(bo("lapp Något")).contains("Det finns ingen vägg");
		client.say(anna, room, "vägg skapa Tankar | Ett | Två");
		Document onBoard = new Document("boardId",
				mongo.getCollection("boards").find(new Document("title", "Tankar")).first().getString("_id"));
		long before = mongo.getCollection("notes").countDocuments(onBoard);

		assertThat(bo("lapp")).contains("Lappen är tom");
		assertThat(bo("lapp " + "x".repeat(2001))).contains("Lappen är 2001 tecken").contains("högst 2000");
		assertThat(bo("lapp Eleven 150312-1234 behöver stöd"))
			.contains("Uppgifter om enskilda barn hör inte hemma på väggen")
			.contains("Inget sparades");
		assertThat(bo("lapp anon Barnet 201503121236 flyttar")).contains("Uppgifter om enskilda barn");
		// with a space instead of the hyphen (check digit right: 150312-1236)
		assertThat(bo("lapp Eleven 150312 1236 behöver stöd"))
			.contains("Uppgifter om enskilda barn hör inte hemma på väggen")
			.contains("Inget sparades");
		assertThat(bo("lapp 2: Eleven 1503121236 behöver stöd")).contains("Uppgifter om enskilda barn");
		assertThat(bo("lapp 3: text")).contains("Väggen har 2 kolumner");
		assertThat(mongo.getCollection("notes").countDocuments(onBoard)).isEqualTo(before);
		assertThat(mongo.getCollection("transcript")
			.countDocuments(new Document("text", new Document("$regex", "150312[- ]?123"))))
			.as("the transcript masks the number")
			.isZero();

		bo("lapp 1: Första");
		assertThat(client.say(anna, room, "vägg stäng").html()).contains("Väggen ”Tankar” är stängd");
		assertThat(bo("lapp Sent påkommet")).contains("Väggen ”Tankar” är stängd");
		assertThat(cia("plus 1")).contains("är stängd");
		assertThat(bo("lapp ändra 1 Ändrad")).contains("är stängd");
		assertThat(mongo.getCollection("notes").countDocuments(onBoard)).isEqualTo(before + 1);
		assertThat(
				mongo.getCollection("plus_ones")
					.countDocuments(new Document("noteId",
							mongo.getCollection("notes").find(new Document("text", "Första")).first().get("_id"))))
			.isZero();
	}

	@Test
	void notesAreFiledUnderTheirAuthorsMixedGroup() {
		String code = network("Grupperade");
		client.say(anna, room, "möte skapa\n" + AGENDA);
		String[] orgs = { "Polisen", "Skolan", "IFO", "Regionen" };
		for (int i = 0; i < orgs.length; i++) {
			client.say("g" + i + bo, "dm-g" + i + bo, "gå med " + code + " " + orgs[i]);
		}
		clock.set(Instant.parse("2026-03-25T08:31:00Z")); // 09:31 in Stockholm, the group
															// work has begun
		assertThat(client.say(anna, room, "grupper 2").html()).contains("6 personer i 3 grupper");
		for (int i = 0; i < orgs.length; i++) {
			client.say("g" + i + bo, "dm-g" + i + bo, "lapp Tanke " + i);
		}

		EventStream page = client.follow(room, anna);
		await("the stream is open", () -> page.has("event:ready"));
		client.say(anna, room, "samla upp");
		await("the summary arrives in the room", () -> page.has("Sammanfattning: Grupparbete"));
		String summary = page.lines.stream().filter(l -> l.contains("Sammanfattning:")).findFirst().orElseThrow();
		assertThat(summary).as("every note sits under its author's group")
			.doesNotContain("Utan grupp")
			.contains("Tanke 0", "Tanke 1", "Tanke 2", "Tanke 3");
		assertThat(summary.split("Grupp \\d").length - 1).as("groups with notes").isGreaterThanOrEqualTo(2);
		page.close();
	}

	@Test
	void theGroupWorkSlotHasItsOwnBoardAndGatheringSumsItUp() {
		network("Grupparbete");
		client.say(anna, room, "möte skapa\n" + AGENDA);
		clock.set(Instant.parse("2026-03-25T08:35:00Z")); // 09:35 in Stockholm, during
															// the group work
		String[] orgs = { "Polisen", "Skolan", "Skolan", "Skolan", "IFO", "Skolan" };
		for (int i = 0; i < orgs.length; i++) {
			client.say("p" + i + bo, "dm-p" + i + bo, "gå med " + codeOf("Grupparbete") + " " + orgs[i]);
		}

		assertThat(bo("lapp Tydliga kontaktvägar"))
			.contains("Lapp 1 sitter på väggen ”Grupparbete: Roller & mandat”".replace("&", "&amp;"))
			.contains("Förväntningar på oss inom vår egen enhet");
		for (int i = 0; i < orgs.length; i++) {
			client.say("p" + i + bo, "dm-p" + i + bo, "lapp Idé " + i);
		}
		cia("plus 3");
		bo("plus 3");
		cia("plus 5");

		EventStream page = client.follow(room, anna);
		await("the stream is open", () -> page.has("event:ready"));
		assertThat(client.say(anna, room, "samla upp").html()).contains("Sammanfattningen av")
			.contains("skickades till 1 samtal");
		await("the summary arrives in the room", () -> page.has("Sammanfattning: Grupparbete"));
		String summary = page.lines.stream().filter(l -> l.contains("Sammanfattning:")).findFirst().orElseThrow();
		assertThat(summary).contains("Utan grupp");
		assertThat(summary.indexOf("#3 Idé 1 (+2)")).isLessThan(summary.indexOf("#5 Idé 3 (+1)"));
		assertThat(summary.indexOf("#5 Idé 3 (+1)")).isLessThan(summary.indexOf("#1 Tydliga kontaktvägar"));
		assertThat(summary).contains("Lappar per organisation (7 lappar)")
			.contains("Skolan")
			.contains("Övriga och anonyma");
		assertThat(summary).as("organisations with fewer than three notes are not named").doesNotContain("IFO");
		page.close();

		String links = bo("vägg export");
		Matcher md = Pattern.compile("(/boards/export\\.md\\?board=[^&\"<\\s]+&amp;sig=[A-Za-z0-9_-]+)").matcher(links);
		Matcher csv = Pattern.compile("(/boards/export\\.csv\\?board=[^&\"<\\s]+&amp;sig=[A-Za-z0-9_-]+)")
			.matcher(links);
		assertThat(md.find()).as(links).isTrue();
		assertThat(csv.find()).as(links).isTrue();
		var markdown = client.getRaw(md.group(1).replace("&amp;", "&"));
		assertThat(markdown.statusCode()).isEqualTo(200);
		assertThat(markdown.body()).contains("# Grupparbete: Roller & mandat").contains("- #3 Idé 1 (+2)");
		var table = client.getRaw(csv.group(1).replace("&amp;", "&"));
		assertThat(table.statusCode()).isEqualTo(200);
		assertThat(table.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(table.body()).as("Swedish Excel: byte order mark and semicolons")
			.startsWith("\uFEFFnumber;column;group;text;")
			.contains(";\"Idé 1\";");
		assertThat(table.body().split("\r\n")).hasSize(8);
		assertThat(URLDecoder.decode(csv.group(1), StandardCharsets.UTF_8)).contains("board=slot:");
		assertThat(client.getRaw(csv.group(1).replace("&amp;", "&").replaceAll("sig=.*", "sig=forged")).statusCode())
			.isEqualTo(403);
	}

	@Test
	void anAnonymousNoteInAGroupOfThreeShowsNoGroupAnywhere() {
		String code = network("Litengrupp " + UUID.randomUUID().toString().substring(0, 6));
		client.say(anna, room, "möte skapa\n" + AGENDA);
		String[] orgs = { "Polisen", "IFO", "Regionen", "Fritid" };
		for (int i = 0; i < orgs.length; i++) {
			client.say("s" + i + bo, "dm-s" + i + bo, "gå med " + code + " " + orgs[i]);
		}
		clock.set(Instant.parse("2026-03-25T08:31:00Z")); // 09:31 in Stockholm, during
															// the group work
		assertThat(client.say(anna, room, "grupper 3").html()).contains("personer i");
		String secret = "Ingen vågar säga det högt " + UUID.randomUUID();
		String signed = "Signerad tanke " + UUID.randomUUID();
		bo("lapp anon " + secret);
		bo("lapp " + signed);
		Document stored = mongo.getCollection("notes").find(new Document("text", secret)).first();
		assertThat(stored.get("group")).as("no small group is stored with the anonymous note").isNull();

		EventStream page = client.follow(room, anna);
		await("the stream is open", () -> page.has("event:ready"));
		client.say(anna, room, "vägg");
		await("the board card is in the room", () -> page.has(secret));
		String card = page.lines.stream().filter(l -> l.contains(secret)).findFirst().orElseThrow();
		assertThat(groupBefore(card, signed)).matches("Grupp \\d");
		assertThat(groupBefore(card, secret)).as("board card").isEqualTo("Utan grupp");

		client.say(anna, room, "samla upp");
		await("the summary arrives in the room", () -> page.has("Sammanfattning: Grupparbete"));
		String summary = page.lines.stream()
			.filter(l -> l.contains("Sammanfattning:") && l.contains(secret))
			.findFirst()
			.orElseThrow();
		assertThat(groupBefore(summary, secret)).as("gather").isEqualTo("Utan grupp");
		page.close();

		String links = bo("vägg export");
		Matcher md = Pattern.compile("(/boards/export\\.md\\?board=[^&\"<\\s]+&amp;sig=[A-Za-z0-9_-]+)").matcher(links);
		Matcher csv = Pattern.compile("(/boards/export\\.csv\\?board=[^&\"<\\s]+&amp;sig=[A-Za-z0-9_-]+)")
			.matcher(links);
		assertThat(md.find() && csv.find()).as(links).isTrue();
		String markdown = client.getRaw(md.group(1).replace("&amp;", "&")).body();
		assertThat(markdown.lastIndexOf("### ", markdown.indexOf(secret))).as("Markdown export")
			.isEqualTo(markdown.indexOf("### –"));
		String table = client.getRaw(csv.group(1).replace("&amp;", "&")).body();
		assertThat(table).as("CSV export").contains(";;\"" + secret + "\"");

		Matcher archive = Pattern
			.compile("https?://[^/\\s\"<]+(/archive/[0-9a-f-]{36}\\?t=[0-9]+\\.(?:sv|en)\\.[A-Za-z0-9_-]+)")
			.matcher(client.say(anna, "dm-" + anna, "arkiv länk").html());
		assertThat(archive.find()).isTrue();
		String archived = client.getRaw(archive.group(1)).body();
		assertThat(archived).as("archive page")
			.contains(secret + " (anonym)")
			.doesNotContainPattern(Pattern.quote(secret) + " \\(Grupp");
		String archivedMarkdown = client.getRaw(archive.group(1).replace("?t=", "/meetings/1.md?t=")).body();
		assertThat(archivedMarkdown).as("archive Markdown")
			.contains(" (anonym)")
			.doesNotContain("Grupp 1 · anonym")
			.doesNotContain("Grupp 2 · anonym");

		String digest = client.say(anna, "dm-" + anna, "lägesrapport förhandsvisa").html();
		assertThat(digest).as("digest preview").contains(secret);
		assertThat(digest.substring(digest.indexOf(secret) - 200, digest.indexOf(secret)))
			.doesNotContainPattern("Grupp \\d");
	}

	/**
	 * The last group heading ("Grupp 2", "Utan grupp") before the note in a card's text.
	 */
	private static String groupBefore(String text, String note) {
		Matcher heading = Pattern.compile("Grupp \\d|Utan grupp").matcher(text.substring(0, text.indexOf(note)));
		String last = null;
		while (heading.find()) {
			last = heading.group();
		}
		return last;
	}

	private String codeOf(String name) {
		return mongo.getCollection("networks").find(new Document("name", name)).first().getString("inviteCode");
	}

}
