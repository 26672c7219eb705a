package se.samverka.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.web.PlaygroundClient.await;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
import se.samverka.chat.PersonId;
import se.samverka.grouping.Groupings;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.web.PlaygroundClient.EventStream;
import se.samverka.web.PlaygroundClient;

/**
 * Mixed groups in the playground, over HTTP: members of different organisations say they
 * are here, the organiser makes groups of three, the split appears in the network's room
 * and each person's own group and question arrive in their personal room (dm-&lt;browser
 * id&gt;).
 */
@SamverkaTest
class GroupsInThePlaygroundIntegrationTests {

	static final String AGENDA = """
			Nätverksträff 2 – Barnens bästa gäller!
			2026-03-25 Digitalt via Teams
			09:00 Välkommen | Ann-Christine Andersson
			09:30 Grupparbete: Roller & mandat (30 min)
			  Förväntningar på oss inom vår egen enhet/verksamhet
			10:00-10:15 Paus
			10:15 Grupparbete: Nästa steg (30 min)
			  Vad gör vi själva redan i morgon?
			10:45 Tack för idag""";

	static final List<String> ORGANISATIONS = List.of("Polisen", "Skolan", "Socialtjänsten", "Polisen", "Skolan",
			"Socialtjänsten");

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Groupings groupings;

	@Autowired
	DueWorkRunner runner;

	PlaygroundClient client;

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + suffix;

	final String room = "grupper-" + suffix;

	@BeforeEach
	void connect() {
		client = new PlaygroundClient(port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
	}

	@Test
	void membersSayTheyAreHereAndEachGetsTheirMixedGroupPersonally() {
		Map<String, String> members = join(ORGANISATIONS);
		client.say(anna, room, "möte skapa\n" + AGENDA);
		EventStream network = client.follow(room, anna);
		await("the network room's stream is open", () -> network.has("event:ready"));
		Map<String, EventStream> personal = new LinkedHashMap<>();
		for (String member : members.keySet()) {
			EventStream stream = client.follow("dm-" + member, member);
			await("a personal stream is open", () -> stream.has("event:ready"));
			personal.put(member, stream);
		}

		for (String member : members.keySet()) {
			assertThat(client.say(member, "dm-" + member, "här").html()).contains("du är på plats på möte 1");
		}
		String first = members.keySet().iterator().next();
		assertThat(client.say(first, "dm-" + first, "här").html()).contains("redan noterad");

		String reply = client.say(anna, room, "grupper 3").html();

		assertThat(reply)
			.contains("Grupperna för 09:30 Grupparbete: Roller &amp; mandat är klara: 6 personer i 2 grupper")
			.contains("gjorda av dem som skrivit här")
			.contains("Alla 6 har fått sin grupp i ett personligt meddelande");
		await("the split is posted in the network's room", () -> network.has("Grupp 2"));
		assertThat(network.lines).anySatisfy(l -> assertThat(l).contains("Grupper: 09:30")
			.contains("Grupp 1")
			.contains("(Polisen)")
			.contains("(Socialtjänsten)"));
		for (Map.Entry<String, EventStream> stream : personal.entrySet()) {
			await("a personal message arrives for " + stream.getKey(), () -> stream.getValue().has("Du är i grupp"));
			assertThat(stream.getValue().lines).anySatisfy(
					l -> assertThat(l).contains("Med dig:").contains("Förväntningar på oss inom vår egen enhet"));
		}

		List<Set<String>> groups = groupsOf("09:30");
		assertThat(groups).hasSize(2).allSatisfy(group -> {
			assertThat(group).hasSize(3);
			assertThat(group.stream().map(members::get).distinct()).as("organisations in a group").hasSize(3);
		});
		network.close();
		personal.values().forEach(EventStream::close);
	}

	@Test
	void aSecondSplitForTheSameSlotIsPostedAndEachPersonIsToldTheirNewGroup() {
		Map<String, String> members = join(ORGANISATIONS);
		client.say(anna, room, "möte skapa\n" + AGENDA);
		EventStream network = client.follow(room, anna);
		await("the network room's stream is open", () -> network.has("event:ready"));
		Map<String, EventStream> personal = new LinkedHashMap<>();
		for (String member : members.keySet()) {
			EventStream stream = client.follow("dm-" + member, member);
			await("a personal stream is open", () -> stream.has("event:ready"));
			personal.put(member, stream);
		}
		assertThat(client.say(anna, room, "grupper 3").html()).contains("6 personer i 2 grupper");
		await("the first split is posted", () -> network.has("Grupp 2"));
		personal.forEach(
				(member, stream) -> await("the first group arrives for " + member, () -> stream.has("Du är i grupp")));

		// the organiser changes the split: the same request twice (a replay) counts once
		Map<String, Object> again = PlaygroundClient.turn(anna, UUID.randomUUID().toString(), "grupper 2");
		String reply = client.post(room, again).html();
		client.post(room, again);

		assertThat(reply).contains("6 personer i 3 grupper")
			.contains("De ersätter grupperna som gjordes tidigare")
			.contains("Indelningen är postad i nätverkets samtal (1)")
			.contains("Alla 6 har fått sin grupp i ett personligt meddelande");
		await("the second split is posted in the network's room",
				() -> network.has("Grupp 3") && network.has("ersätter de som postades tidigare"));
		List<Set<String>> groups = groupsOf("09:30");
		assertThat(groups).hasSize(3);
		for (int g = 0; g < groups.size(); g++) {
			String told = "Du är i grupp " + (g + 1);
			for (String member : groups.get(g)) {
				EventStream stream = personal.get(member);
				await(member + " is told their new group", () -> stream.lines.stream()
					.anyMatch(l -> l.contains(told) && l.contains("ersätter den du fick tidigare")));
			}
		}
		Ledger.awaitIdle(mongo, networkOfMeeting(meetingId()));
		assertThat(network.lines.stream().filter(l -> l.contains("ersätter de som postades tidigare")))
			.as("the second split is posted once")
			.hasSize(1);
		personal.forEach((member,
				stream) -> assertThat(stream.lines.stream().filter(l -> l.contains("ersätter den du fick tidigare")))
					.as("%s is told once", member)
					.hasSize(1));
		network.close();
		personal.values().forEach(EventStream::close);
	}

	@Test
	void splitsMadeAtTheSameMomentForTheSameSlotEachGetTheirOwnRevisionAndAreAllPosted() throws Exception {
		join(ORGANISATIONS);
		client.say(anna, room, "möte skapa\n" + AGENDA);
		int rounds = 3;
		for (int round = 0; round < rounds; round++) {
			CompletableFuture<String> three = CompletableFuture
				.supplyAsync(() -> client.say(anna, room, "grupper 3").html());
			CompletableFuture<String> two = CompletableFuture
				.supplyAsync(() -> client.say(anna, room, "grupper 2").html());
			assertThat(three.get(60, TimeUnit.SECONDS)).contains("6 personer i 2 grupper");
			assertThat(two.get(60, TimeUnit.SECONDS)).contains("6 personer i 3 grupper");
		}
		String meeting = meetingId();
		assertThat(groupings.find(meeting, LocalTime.of(9, 30)).orElseThrow().revision()).isEqualTo(2 * rounds - 1);
		Ledger.awaitIdle(mongo, networkOfMeeting(meeting));
		Set<String> posted = new HashSet<>();
		for (Document entry : mongo.getCollection("outbox").find(new Document("network", networkOfMeeting(meeting)))) {
			String key = entry.getString("messageKey");
			if (key != null && key.startsWith("groups:" + meeting + "@09:30")
					&& String.valueOf(entry.get("recipient")).contains(room)) {
				posted.add(key);
			}
		}
		assertThat(posted).as("every split has a key of its own, posted to the room").hasSize(2 * rounds);
	}

	@Test
	void someoneWhoCannotComeAfterAllTakesBackHereAndIsLeftOutOfTheGroups() {
		Map<String, String> members = join(ORGANISATIONS);
		client.say(anna, room, "möte skapa\n" + AGENDA);
		members.keySet().forEach(member -> client.say(member, "dm-" + member, "här"));
		String away = members.keySet().iterator().next();

		assertThat(client.say(away, "dm-" + away, "inte här").html()).contains("du är inte längre på plats på möte 1");
		assertThat(client.say(away, "dm-" + away, "inte här").html()).contains("inte noterad som på plats")
			.contains("inget ändrades");

		assertThat(client.say(anna, room, "grupper 3").html()).contains("5 personer i 2 grupper");
		assertThat(groupsOf("09:30").stream().flatMap(Set::stream)).hasSize(5).doesNotContain(away);
	}

	@Test
	void aLaterSlotGetsNewGroupsAndRunningAgainReplaces() {
		Map<String, String> members = join(
				List.of("Polisen", "Skolan", "BUP", "Polisen", "Skolan", "BUP", "Polisen", "Skolan", "BUP"));
		client.say(anna, room, "möte skapa\n" + AGENDA);
		// Nobody says here: all participants are grouped.
		assertThat(client.say(anna, room, "grupper 3").html()).contains("9 personer i 3 grupper")
			.contains("Ingen har skrivit här");
		List<Set<String>> before = groupsOf("09:30");

		clock.set(Instant.parse("2026-03-25T09:05:00Z")); // 10:05, in the break before
															// the second group work
		String second = client.say(anna, room, "grupper 3").html();

		assertThat(second).contains("Nya grupper för 10:15 Grupparbete: Nästa steg är klara: 9 personer i 3 grupper");
		List<Set<String>> after = groupsOf("10:15");
		assertThat(after).hasSize(3);
		assertThat(pairs(after)).as("nobody sits with someone from the first groups again")
			.doesNotContainAnyElementsOf(pairs(before));
		assertThat(groupsOf("09:30")).as("the first slot's groups are kept").isEqualTo(before);

		// What the boards ask: which group someone is in, per slot, and the latest
		// grouping.
		String m0 = personIdOf(members.keySet().iterator().next());
		assertThat(groupings.groupOf(meetingId(), LocalTime.of(9, 30), new PersonId(m0)))
			.hasValueSatisfying(n -> assertThat(before.get(n - 1)).contains(members.keySet().iterator().next()));
		assertThat(groupings.groupOf(meetingId(), LocalTime.of(10, 15), new PersonId(m0))).isPresent();
		assertThat(groupings.groupOf(meetingId(), LocalTime.of(9, 30), new PersonId("nobody"))).isEmpty();
		assertThat(groupings.groupOf(meetingId(), LocalTime.of(11, 0), new PersonId(m0))).isEmpty();
		assertThat(groupings.latest(meetingId())).hasValueSatisfying(g -> {
			assertThat(g.slotStart()).isEqualTo(LocalTime.of(10, 15));
			assertThat(g.people()).isEqualTo(9);
		});

		assertThat(client.say(anna, room, "grupper 5").html()).contains("ersätter grupperna");
		assertThat(mongo.getCollection("groupings").countDocuments(new Document("meetingId", meetingId())))
			.isEqualTo(2);
		assertThat(groupsOf("10:15")).hasSize(2);
		assertThat(members).hasSize(9);
	}

	@Test
	void duringGroupWorkTheCurrentSlotIsGroupedAndAStartTimePicksALaterOne() {
		join(List.of("Polisen", "Skolan", "BUP", "Polisen", "Skolan", "BUP", "Polisen", "Skolan", "BUP"));
		client.say(anna, room, "möte skapa\n" + AGENDA);
		clock.set(Instant.parse("2026-03-25T08:40:00Z")); // 09:40, in the first group
															// work

		assertThat(client.say(anna, room, "grupper 3").html()).contains("Grupperna för 09:30 Grupparbete: Roller");
		assertThat(client.say(anna, room, "grupper 3 10.15").html())
			.contains("Nya grupper för 10:15 Grupparbete: Nästa steg");
		assertThat(pairs(groupsOf("10:15"))).doesNotContainAnyElementsOf(pairs(groupsOf("09:30")));

		assertThat(client.say(anna, room, "grupper 3 11:00").html()).contains("inget grupparbete som börjar 11:00");
		assertThat(client.say(anna, room, "grupper 3 25:00").html()).contains("Skriv hur många personer");
		assertThat(client.say(anna, room, "grupper 3 10:15 i morgon").html()).contains("Skriv hur många personer");
		clock.set(Instant.parse("2026-03-25T09:01:00Z")); // 10:01: the first group work
															// is over
		assertThat(client.say(anna, room, "grupper 3 09:30").html()).contains("inget grupparbete som börjar 09:30");
		assertThat(mongo.getCollection("groupings").countDocuments(new Document("meetingId", meetingId())))
			.isEqualTo(2);
	}

	@Test
	void badInputIsAnsweredKindlyAndNothingIsStored() {
		client.say(anna, room, "nätverk skapa Fel " + suffix);
		assertThat(client.say(anna, room, "grupper 3").html()).contains("inget kommande möte");
		Map<String, String> members = new LinkedHashMap<>();
		String code = PlaygroundClient.inviteCode(client.say(anna, "other-" + suffix, "nätverk skapa Tom " + suffix));
		assertThat(client.say(anna, "other-" + suffix, "möte skapa\n" + AGENDA).html()).contains("Möte 1");
		assertThat(client.say(anna, "other-" + suffix, "grupper 3").html()).contains("Det finns ingen att dela in");
		String bo = "bo-" + suffix;
		client.say(bo, "dm-" + bo, "gå med " + code + " Skolan");
		members.put(bo, "Skolan");

		assertThat(client.say(anna, "other-" + suffix, "grupper").html()).contains("Skriv hur många personer");
		assertThat(client.say(anna, "other-" + suffix, "grupper tre").html()).contains("Skriv hur många personer");
		assertThat(client.say(anna, "other-" + suffix, "grupper 0").html()).contains("minst två personer");
		assertThat(client.say(anna, "other-" + suffix, "grupper -3").html()).contains("minst två personer");
		assertThat(client.say(anna, "other-" + suffix, "grupper 1").html()).contains("minst två personer");
		assertThat(client.say(anna, "other-" + suffix, "grupper 51").html()).contains("högst 50 personer");
		assertThat(client.say(bo, "dm-" + bo, "grupper 3").html()).contains("Bara nätverkets arrangörer");
		String stranger = "eve-" + suffix;
		assertThat(client.say(stranger, "dm-" + stranger, "här").html()).contains("hör inte till något nätverk");
		assertThat(mongo.getCollection("groupings").countDocuments(new Document("networkId", networkOf(code))))
			.isZero();

		clock.set(Instant.parse("2026-03-25T09:50:00Z")); // 10:50, after the last group
															// work
		assertThat(client.say(anna, "other-" + suffix, "grupper 3").html()).contains("inget grupparbete kvar");
		assertThat(mongo.getCollection("groupings").countDocuments(new Document("networkId", networkOf(code))))
			.isZero();
	}

	@Test
	void nobodySitsAloneAndTooFewForTwoGroupsIsSaidPlainly() {
		Map<String, String> members = join(List.of("Polisen", "Skolan", "BUP", "Fritid", "Kyrkan"));
		client.say(anna, room, "möte skapa\n" + AGENDA);
		members.keySet().forEach(member -> client.say(member, "dm-" + member, "här"));

		assertThat(client.say(anna, room, "grupper 2").html()).contains("5 personer i 2 grupper")
			.contains("Ingen ska sitta ensam, så någon grupp har fler än 2 personer");
		assertThat(groupsOf("09:30").stream().map(Set::size).sorted().toList()).containsExactly(2, 3);

		List<String> leaving = new ArrayList<>(members.keySet());
		client.say(leaving.get(0), "dm-" + leaving.get(0), "inte här");
		client.say(leaving.get(1), "dm-" + leaving.get(1), "inte här");
		assertThat(client.say(anna, room, "grupper 2").html())
			.contains("Bara 3 personer är med: det räcker inte till två grupper utan att någon sitter ensam")
			.contains("grupper 3");
		assertThat(groupsOf("09:30")).as("the groups stay as they were").hasSize(2);
		assertThat(client.say(anna, room, "grupper 3").html()).contains("3 personer i en grupp");

		client.say(leaving.get(2), "dm-" + leaving.get(2), "inte här");
		client.say(leaving.get(3), "dm-" + leaving.get(3), "inte här");
		assertThat(client.say(anna, room, "grupper 2").html()).contains("Bara en person är med");
		assertThat(groupsOf("09:30")).singleElement().satisfies(group -> assertThat(group).hasSize(3));
	}

	@Test
	void theNextGroupWorkKeepsTheGroupsAndAnOrganiserMovesSomeoneTellingBothGroups() {
		Map<String, String> members = join(
				List.of("Polisen", "Skolan", "BUP", "Polisen", "Skolan", "BUP", "Polisen", "Skolan", "BUP"));
		client.say(anna, room, "möte skapa\n" + AGENDA);
		EventStream network = client.follow(room, anna);
		await("the network room's stream is open", () -> network.has("event:ready"));
		Map<String, EventStream> personal = follow(members.keySet());
		clock.set(Instant.parse("2026-03-25T08:40:00Z")); // 09:40, in the first group
															// work
		assertThat(client.say(anna, room, "grupper samma").html())
			.contains("Det finns inga grupper från ett tidigare grupparbete att behålla för 09:30");
		assertThat(client.say(anna, room, "grupper samma 10:15 nu").html()).contains("Skriv grupper samma");
		assertThat(client.say(anna, room, "grupper 3").html()).contains("9 personer i 3 grupper");
		clock.set(Instant.parse("2026-03-25T09:05:00Z")); // 10:05, in the break

		assertThat(client.say(anna, room, "grupper samma").html()).contains(
				"Grupperna för 10:15 Grupparbete: Nästa steg är desamma som för 09:30 Grupparbete: Roller &amp; mandat: 9 personer i 3 grupper")
			.contains("Alla 9 har fått sin grupp i ett personligt meddelande");
		assertThat(groupsOf("10:15")).isEqualTo(groupsOf("09:30"));
		await("the same groups are posted for 10:15", () -> network.has("Samma grupper: 10:15"));
		personal.forEach((member, stream) -> await(member + " is told they keep their group",
				() -> stream.has("Samma grupp som på förra grupparbetet")));

		List<Set<String>> before = groupsOf("10:15");
		String mover = before.get(0).iterator().next();
		assertThat(client.say(anna, room, "grupp flytta Anna 2").html()).contains("Flera passar in på ”Anna”")
			.contains("Skriv hela namnet");
		assertThat(client.say(anna, room, "grupp flytta Bertil 2").html()).contains("Ingen som heter ”Bertil”");
		assertThat(client.say(anna, room, "grupp flytta Anna " + mover + " 7").html())
			.contains("Det finns ingen grupp 7")
			.contains("Grupperna är: 1, 2, 3");
		assertThat(client.say(anna, room, "grupp flytta Anna " + mover + " 1").html()).contains("redan i grupp 1");
		assertThat(client.say(anna, room, "grupp flytta").html()).contains("Skriv vem som ska flytta");
		String bo = members.keySet().stream().filter(m -> !before.get(0).contains(m)).findFirst().orElseThrow();
		assertThat(client.say(bo, "dm-" + bo, "grupp flytta Anna " + mover + " 2").html())
			.contains("Bara nätverkets arrangörer");

		String moved = client.say(anna, room, "grupp flytta anna " + mover.toUpperCase() + " till grupp 2").html();

		assertThat(moved)
			.contains("Anna " + mover + " flyttas från grupp 1 till grupp 2 (10:15 Grupparbete: Nästa steg)")
			.contains("Grupp 1 och grupp 2 har fått veta det i personliga meddelanden (nådda: 6)");
		List<Set<String>> after = groupsOf("10:15");
		assertThat(after.get(0)).hasSize(2).doesNotContain(mover);
		assertThat(after.get(1)).hasSize(4).contains(mover);
		assertThat(after.get(2)).isEqualTo(before.get(2));
		assertThat(groupsOf("09:30")).as("the earlier slot keeps its groups").isEqualTo(before);
		await("the move is posted in the network's room", () -> network.has("Ändring i grupperna för 10:15"));
		await("the one moved is told", () -> personal.get(mover).has("Du har flyttats från grupp 1 till grupp 2"));
		for (String member : union(after.get(0), after.get(1))) {
			if (!member.equals(mover)) {
				await(member + " is told",
						() -> personal.get(member).has("Anna " + mover + " har flyttats från grupp 1 till grupp 2"));
			}
		}
		Ledger.awaitIdle(mongo, networkOfMeeting(meetingId()));
		for (String member : after.get(2)) {
			assertThat(personal.get(member).lines).as("group 3 is not told").noneMatch(l -> l.contains("har flyttats"));
		}
		network.close();
		personal.values().forEach(EventStream::close);
	}

	@Test
	void aGroupWorkWhoseAgendaSaysKeepTheGroupsGetsThemByItselfWhenItStarts() {
		Map<String, String> members = join(ORGANISATIONS);
		client.say(anna, room, "möte skapa\n" + AGENDA.replace("Vad gör vi själva redan i morgon?",
				"Vad gör vi själva redan i morgon?\n  1) Behåll samma grupp"));
		EventStream network = client.follow(room, anna);
		await("the network room's stream is open", () -> network.has("event:ready"));
		Map<String, EventStream> personal = follow(members.keySet());
		clock.set(Instant.parse("2026-03-25T08:31:00Z")); // 09:31
		assertThat(client.say(anna, room, "grupper 3").html()).contains("6 personer i 2 grupper");

		clock.set(Instant.parse("2026-03-25T09:15:00Z")); // 10:15: the kept slot starts
		BackgroundWork.runDue(runner, mongo);

		await("the same groups are posted by themselves", () -> network.has("Samma grupper: 10:15"));
		assertThat(groupsOf("10:15")).isEqualTo(groupsOf("09:30"));
		assertThat(groupings.find(meetingId(), LocalTime.of(10, 15)))
			.hasValueSatisfying(g -> assertThat(g.madeBy()).isEqualTo("agenda"));
		personal.forEach((member, stream) -> await(member + " is told they keep their group",
				() -> stream.has("Samma grupp som på förra grupparbetet")));
		Ledger.awaitIdle(mongo, networkOfMeeting(meetingId()));
		assertThat(network.lines.stream().filter(l -> l.contains("Samma grupper: 10:15"))).hasSize(1);
		network.close();
		personal.values().forEach(EventStream::close);
	}

	private Map<String, EventStream> follow(Iterable<String> members) {
		Map<String, EventStream> personal = new LinkedHashMap<>();
		for (String member : members) {
			EventStream stream = client.follow("dm-" + member, member);
			await("a personal stream is open", () -> stream.has("event:ready"));
			personal.put(member, stream);
		}
		return personal;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> both = new HashSet<>(a);
		both.addAll(b);
		return both;
	}

	/**
	 * A network homed in the room, and members (browser id → organisation) who joined
	 * from their own rooms.
	 */
	private Map<String, String> join(List<String> organisations) {
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa Grupper " + suffix));
		Map<String, String> members = new LinkedHashMap<>();
		for (int i = 0; i < organisations.size(); i++) {
			String member = "m" + i + "-" + suffix;
			assertThat(client.say(member, "dm-" + member, "gå med " + code + " " + organisations.get(i)).html())
				.contains("Välkommen");
			members.put(member, organisations.get(i));
		}
		return members;
	}

	private String meetingId() {
		Document link = mongo.getCollection("network_links").find(new Document("conversationId", room)).first();
		return mongo.getCollection("meetings")
			.find(new Document("networkId", link.getString("networkId")))
			.first()
			.getString("_id");
	}

	private String personIdOf(String browserId) {
		return mongo.getCollection("people").find(new Document("userId", browserId)).first().getString("_id");
	}

	private String networkOfMeeting(String meetingId) {
		return mongo.getCollection("meetings").find(new Document("_id", meetingId)).first().getString("networkId");
	}

	private String networkOf(String code) {
		return mongo.getCollection("networks").find(new Document("inviteCode", code)).first().getString("_id");
	}

	/** The stored groups of a slot, each as the browser ids of its people. */
	private List<Set<String>> groupsOf(String slot) {
		Document grouping = mongo.getCollection("groupings")
			.find(new Document("_id", meetingId() + "@" + slot))
			.first();
		assertThat(grouping).as("grouping for " + slot).isNotNull();
		List<Set<String>> groups = new ArrayList<>();
		for (Document group : grouping.getList("groups", Document.class)) {
			Set<String> browsers = new HashSet<>();
			for (String personId : group.getList("personIds", String.class)) {
				browsers
					.add(mongo.getCollection("people").find(new Document("_id", personId)).first().getString("userId"));
			}
			groups.add(browsers);
		}
		return groups;
	}

	private static Set<String> pairs(List<Set<String>> groups) {
		Set<String> pairs = new HashSet<>();
		for (Set<String> group : groups) {
			for (String a : group) {
				for (String b : group) {
					if (a.compareTo(b) < 0) {
						pairs.add(a + "|" + b);
					}
				}
			}
		}
		return pairs;
	}

}
