package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.web.PlaygroundClient.await;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.web.PlaygroundClient;
import se.samverka.web.PlaygroundClient.EventStream;

/**
 * Anonymity holds everywhere its output goes. In the playground, Eva, the only member of
 * her organisation and in a group of three, writes an anonymous note, votes in an
 * anonymous poll, answers the homework and the evaluation, all in her personal room, and
 * tries the same in the shared room, where it is refused. Then the whole database (every
 * collection, every document, as JSON), the application log and the playground's live
 * streams and histories are searched: nothing ties her (her person id, her platform id,
 * her name, her personal conversation) or a group of fewer than five (her organisation,
 * her group) to anything anonymous, and what she typed in the room is nowhere.
 */
@SamverkaTest
@ExtendWith(OutputCaptureExtension.class)
class AnonymityEverywhereIntegrationTests {

	static final Pattern ARCHIVE_LINK = Pattern
		.compile("https?://[^/\\s\"<]+(/archive/[0-9a-f-]{36}\\?t=[0-9]+\\.(?:sv|en)\\.[A-Za-z0-9_-]+)");

	static final String AGENDA = """
			Nätverksträff 2 – Barnens bästa gäller!
			2026-03-25 Digitalt via Teams
			09:00 Välkommen
			09:30 Grupparbete: Roller & mandat (30 min)
			10:45 Tack för idag""";

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + run;

	final String eva = "eva-" + run;

	final String room = "anon-" + run;

	final String evasOrganisation = "Ensamma föreningen " + run;

	/** Six members besides Eva, in organisations of fewer than five. */
	final Map<String, String> others = Map.of("bo-" + run, "Polisen", "cia-" + run, "Skolan", "dan-" + run,
			"Socialtjänsten", "fia-" + run, "Skolan", "gus-" + run, "Regionen", "hal-" + run, "Polisen");

	final String note = "Anonym lapp " + UUID.randomUUID();

	final String answer = "Anonymt läxsvar " + UUID.randomUUID();

	final String comment = "Anonym kommentar " + UUID.randomUUID();

	final String typedInTheRoom = "Skrivet i rummet " + UUID.randomUUID();

	@Test
	void nothingTiesAnAnonymousContributionToItsAuthorOrToAGroupOfFewerThanFive(CapturedOutput output) {
		PlaygroundClient client = new PlaygroundClient(port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa Anonymt " + run));
		others.forEach((member, organisation) -> personal(client, member, "gå med " + code + " " + organisation));
		personal(client, eva, "gå med " + code + " " + evasOrganisation);
		assertThat(client.say(anna, room, "möte skapa\n" + AGENDA).html()).contains("Nätverksträff 2");
		others.keySet().forEach(member -> personal(client, member, "här"));
		assertThat(personal(client, eva, "här")).contains("på plats");
		assertThat(client.say(anna, room, "omröstning Var ska vi fika? | Kanelbulle | Semla | anonym").html())
			.contains("Omröstning 1");
		EventStream roomPage = client.follow(room, anna);
		EventStream evasPage = client.follow("dm-" + eva, eva);
		await("the streams are open", () -> roomPage.has("event:ready") && evasPage.has("event:ready"));
		StringBuilder evasLog = new StringBuilder();

		// Eva's anonymous contributions as she should give them, in her personal room,
		// and the same typed in the shared room, refused
		clock.set(Instant.parse("2026-03-25T08:35:00Z")); // 09:35 in Stockholm: group
															// work
		assertThat(client.say(anna, room, "grupper 3").html()).contains("7 personer i 3 grupper");
		evaGives(output, evasLog, () -> {
			assertThat(personal(client, eva, "lapp anon " + note)).contains("Din anonyma lapp");
			refusedInTheRoom(client, "lapp anon " + typedInTheRoom);
			assertThat(personal(client, eva, "rösta 1 1 ja")).contains("Du svarade ja");
			refusedInTheRoom(client, "rösta 1 1 nej");
			// a click on the anonymous poll's card in the room is taken
			assertThat(client.post(room,
					Map.of("clientMessageId", UUID.randomUUID().toString(), "browserId", eva, "displayName",
							"Anna " + eva, "locale", "sv", "command", "vote 1 2 yes"))
				.html()).contains("Du svarade ja på alternativ 2");
		});
		clock.set(Instant.parse("2026-03-25T12:00:00Z"));
		assertThat(client.say(anna, room, "läxa 2026-04-30 | Vad tar vi med oss tillbaka?").html()).contains("Läxa 1");
		evaGives(output, evasLog, () -> {
			assertThat(personal(client, eva, "svar 1 " + answer)).contains("Ditt svar på fråga 1");
			refusedInTheRoom(client, "svar 1 " + typedInTheRoom);
		});
		// a named contribution from someone else, for contrast
		assertThat(personal(client, "bo-" + run, "svar 1 Rollfördelningen mellan oss")).contains("Ditt svar");
		clock.set(Instant.parse("2026-03-26T09:00:00Z"));
		assertThat(client.say(anna, room, "utvärdering skicka 1").html()).contains("träff 1");
		evaGives(output, evasLog, () -> {
			assertThat(personal(client, eva, "utvärdera 1 4 4 4 4 4 4 | " + comment)).contains("är sparat");
			refusedInTheRoom(client, "utvärdera 1 5 5 5 5 5 5 | " + typedInTheRoom);
		});
		String networkId = mongo.getCollection("networks")
			.find(new Document("name", "Anonymt " + run))
			.first()
			.getString("_id");
		Ledger.awaitIdle(mongo, networkId);
		await("the refusals reach Eva's room",
				() -> evasPage.lines.stream().filter(l -> l.contains("till mig här i stället")).count() == 4);

		List<String> traces = evasTraces();
		List<String> anonymousTexts = List.of(note, answer, comment);

		// the database: every document that holds one of her anonymous texts, and every
		// stored anonymous item, names neither her nor a group of fewer than five
		List<String> everything = everyDocument();
		for (String text : anonymousTexts) {
			assertThat(everything).as("documents with %s", text).anyMatch(d -> d.contains(text));
		}
		assertThat(everything).filteredOn(d -> anonymousTexts.stream().anyMatch(d::contains))
			.allSatisfy(d -> assertThat(d).doesNotContain(traces).doesNotContainPattern("\"group\": ?\\d"));
		assertThat(anonymousItems(networkId)).hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy(d -> assertThat(d).doesNotContain(traces));
		assertThat(everything).noneMatch(d -> d.contains(typedInTheRoom));
		// nor the time: her personal chat was last seen when she joined, not when she
		// wrote anonymously
		assertThat(mongo.getCollection("conversations")
			.find(new Document("_id", "playground:playground:dm-" + eva))
			.first()
			.getDate("lastSeen")
			.toInstant()).isEqualTo(Instant.parse("2026-03-20T09:00:00Z"));

		// the application log while she wrote, and at all
		assertThat(evasLog.toString()).doesNotContain(traces)
			.doesNotContain(anonymousTexts)
			.doesNotContain(typedInTheRoom);
		assertThat(output.getAll()).doesNotContain(anonymousTexts).doesNotContain(typedInTheRoom);

		// the playground: the room saw nothing she wrote (its group list names her, by
		// design), her own stream and history keep nothing anonymous
		String byEva = "\"author\":\"Anna " + eva;
		assertThat(roomPage.lines).isNotEmpty().noneMatch(l -> l.contains(byEva));
		assertThat(String.join("\n", roomPage.lines)).doesNotContain(anonymousTexts)
			.doesNotContain(typedInTheRoom)
			.doesNotContain("tar jag bara emot");
		PlaygroundClient.Reply roomHistory = client.get("/playground/api/rooms/" + room + "/history?browserId=" + anna);
		assertThat(roomHistory.body().path("entries")).noneMatch(e -> e.path("author").asString().contains(eva));
		assertThat(roomHistory.raw()).doesNotContain(anonymousTexts).doesNotContain(typedInTheRoom);
		String evasHistory = client.get("/playground/api/rooms/dm-" + eva + "/history?browserId=" + eva).raw();
		assertThat(evasHistory).doesNotContain(anonymousTexts).doesNotContain(typedInTheRoom);
		assertThat(String.join("\n", evasPage.lines)).doesNotContain(anonymousTexts).doesNotContain(typedInTheRoom);
		roomPage.close();
		evasPage.close();

		// the steering group's digest still counts her homework as done, from her
		// membership, and her anonymous vote under no organisation
		String digest = client.say(anna, "dm-" + anna, "digest preview").html();
		assertThat(digest)
			.containsPattern("<dt>" + evasOrganisation + "</dt><dd>[^<]*· 0 röster · 1 med läxan klar</dd>");

		// the archive and its export show the anonymous texts, but nothing beside them
		// names her, her organisation of one or her group of three
		Matcher link = ARCHIVE_LINK.matcher(client.say(anna, "dm-" + anna, "arkiv länk").html());
		assertThat(link.find()).as("an archive link").isTrue();
		String page = client.get(link.group(1).replace("&amp;", "&")).raw();
		String export = client.get(link.group(1).replace("?t=", "/meetings/1.md?t=")).raw();
		for (String archived : List.of(tagsAsLines(page), export)) {
			assertThat(archived).contains(note).contains(answer);
			for (String text : anonymousTexts) {
				besides(archived, text)
					.forEach(around -> assertThat(around).doesNotContain(traces).doesNotContainPattern("Grupp \\d"));
			}
			assertThat(archived).doesNotContain(typedInTheRoom);
		}
	}

	/** The page's text, each element's text on a line of its own. */
	private static String tagsAsLines(String html) {
		return html.replaceAll("<[^>]+>", "\n").replaceAll("\n\\s*\n+", "\n");
	}

	/** The lines around each place the text is shown: two before, the line, two after. */
	private static List<String> besides(String document, String text) {
		List<String> lines = List.of(document.split("\n"));
		List<String> around = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				around.add(String.join("\n", lines.subList(Math.max(0, i - 2), Math.min(lines.size(), i + 3))));
			}
		}
		return around;
	}

	/** Runs what Eva does and keeps what the application logged meanwhile. */
	private void evaGives(CapturedOutput output, StringBuilder log, Runnable contributions) {
		int from = output.getAll().length();
		contributions.run();
		log.append(output.getAll().substring(from));
	}

	private void refusedInTheRoom(PlaygroundClient client, String typed) {
		assertThat(client.say(eva, room, typed).html()).contains("tar jag bara emot i ett personligt meddelande");
	}

	private String personal(PlaygroundClient client, String browser, String text) {
		return client.say(browser, "dm-" + browser, text).html();
	}

	/**
	 * What would identify Eva: her person id, her platform id (also in her name and her
	 * personal room's id), her organisation of one, and her group of three.
	 */
	private List<String> evasTraces() {
		Document person = mongo.getCollection("people").find(new Document("userId", eva)).first();
		List<String> traces = new ArrayList<>(List.of(person.getString("_id"), eva, evasOrganisation));
		assertThat(person.getString("personalConversation")).contains(eva);
		return traces;
	}

	/**
	 * The stored anonymous items of the network: notes without author, evaluation and
	 * homework answers, votes in anonymous polls, and the log entries of anonymous
	 * commands.
	 */
	private List<String> anonymousItems(String networkId) {
		List<String> items = new ArrayList<>();
		for (String board : ids("boards", networkId)) {
			items.addAll(json("notes", new Document("boardId", board).append("authorId", null)));
		}
		for (String evaluation : ids("evaluations", networkId)) {
			items.addAll(json("evaluation_answers", new Document("evaluationId", evaluation)));
		}
		for (String homework : ids("homework", networkId)) {
			items.addAll(json("homework_answers", new Document("homeworkId", homework)));
		}
		for (Document poll : mongo.getCollection("polls")
			.find(new Document("networkId", networkId).append("anonymous", true))) {
			items.addAll(json("poll_votes", new Document("pollId", poll.getString("_id"))));
		}
		// an anonymous command is logged as "[its name]", its replies under "anonymous"
		items.addAll(json("transcript", new Document("networkId", networkId).append("personId", null)
			.append("$or", List.of(new Document("conversation", "anonymous"),
					new Document("text", new Document("$regex", "^\\[(note anon|vote|answer|evaluate)\\]$"))))));
		return items;
	}

	private List<String> ids(String collection, String networkId) {
		return mongo.getCollection(collection)
			.find(new Document("networkId", networkId))
			.map(d -> d.getString("_id"))
			.into(new ArrayList<>());
	}

	private List<String> json(String collection, Document filter) {
		return mongo.getCollection(collection).find(filter).map(Document::toJson).into(new ArrayList<>());
	}

	private List<String> everyDocument() {
		List<String> all = new ArrayList<>();
		for (String collection : mongo.getCollectionNames()) {
			mongo.getCollection(collection).find().forEach(d -> all.add(collection + " " + d.toJson()));
		}
		return all;
	}

}
