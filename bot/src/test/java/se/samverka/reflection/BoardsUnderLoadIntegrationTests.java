package se.samverka.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.web.PlaygroundClient;

/**
 * 200 participants at once, over HTTP against the running app: each joins from their own
 * browser, puts up a note and +1s five notes (one of them twice) while everyone else does
 * the same, 32 requests at a time. Afterwards every note is there with its own number,
 * every +1 is counted exactly once, and the posted board card was updated a few times for
 * the whole burst (at most once per throttle interval), not once per change.
 */
@SamverkaTest
class BoardsUnderLoadIntegrationTests {

	static final int PARTICIPANTS = 200;

	static final int SEEDED = 10;

	static final int PLUS_ONES_EACH = 5;

	static final Pattern ADDED = Pattern.compile("Lapp (\\d+) sitter på väggen");

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	@Value("${samverka.cards.update-every}")
	Duration updateEvery;

	@Test
	void twoHundredParticipantsPostAndPlusOneAtOnceAndNothingIsLost() throws Exception {
		clock.set(Instant.parse("2026-03-25T09:00:01Z"));
		PlaygroundClient client = new PlaygroundClient(port);
		String organiser = "org-" + UUID.randomUUID().toString().substring(0, 8);
		String room = "last-" + UUID.randomUUID().toString().substring(0, 8);
		String code = PlaygroundClient.inviteCode(client.say(organiser, room, "nätverk skapa Lasttest"));
		client.say(organiser, room, "vägg skapa Stora dagen");
		for (int i = 1; i <= SEEDED; i++) {
			assertThat(client.say(organiser, room, "lapp Startlapp " + i).html()).contains("Lapp " + i + " sitter");
		}

		// Who +1s what is decided up front, so the expected counts are known exactly.
		Random random = new Random(42);
		Map<Integer, Integer> expected = new HashMap<>();
		List<List<Integer>> choices = new ArrayList<>();
		for (int p = 0; p < PARTICIPANTS; p++) {
			List<Integer> notes = new ArrayList<>();
			while (notes.size() < PLUS_ONES_EACH) {
				int note = 1 + random.nextInt(SEEDED);
				if (!notes.contains(note)) {
					notes.add(note);
					expected.merge(note, 1, Integer::sum);
				}
			}
			choices.add(notes);
		}

		Set<Integer> numbers = ConcurrentHashMap.newKeySet();
		AtomicInteger plusOnes = new AtomicInteger();
		AtomicInteger already = new AtomicInteger();
		List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(32);
		List<Future<?>> work = new ArrayList<>();
		long burstStart = System.nanoTime();
		for (int p = 0; p < PARTICIPANTS; p++) {
			final int person = p;
			work.add(pool.submit(() -> {
				String browser = "load-" + person + "-" + UUID.randomUUID().toString().substring(0, 6);
				String dm = "dm-" + browser;
				client.say(browser, dm, "gå med " + code + " Organisation " + (person % 7));
				String added = client.say(browser, dm, "lapp Idé nummer " + person).html();
				Matcher m = ADDED.matcher(added);
				if (m.find()) {
					numbers.add(Integer.parseInt(m.group(1)));
				}
				else {
					problems.add("note of " + person + ": " + added);
				}
				for (int note : choices.get(person)) {
					String answer = client.say(browser, dm, "plus " + note).html();
					if (answer.contains("+1 på lapp " + note)) {
						plusOnes.incrementAndGet();
					}
					else {
						problems.add("+1 of " + person + ": " + answer);
					}
				}
				String again = client.say(browser, dm, "plus " + choices.get(person).get(0)).html();
				if (again.contains("Du har redan gett lapp")) {
					already.incrementAndGet();
				}
				else {
					problems.add("second +1 of " + person + ": " + again);
				}
			}));
		}
		for (Future<?> f : work) {
			f.get(3, TimeUnit.MINUTES);
		}
		pool.shutdown();
		Duration burst = Duration.ofNanos(System.nanoTime() - burstStart);

		assertThat(problems).isEmpty();
		assertThat(numbers).as("every note got its own number").hasSize(PARTICIPANTS);
		Set<Integer> all = new HashSet<>(numbers);
		for (int i = 1; i <= SEEDED; i++) {
			all.add(i);
		}
		assertThat(all).as("numbers 1..210 without gaps or doubles")
			.hasSize(PARTICIPANTS + SEEDED)
			.allMatch(n -> n >= 1 && n <= PARTICIPANTS + SEEDED);
		Document board = mongo.getCollection("boards").find(new Document("title", "Stora dagen")).first();
		String boardId = board.getString("_id");
		assertThat(mongo.getCollection("notes").countDocuments(new Document("boardId", boardId)))
			.isEqualTo(PARTICIPANTS + SEEDED);
		assertThat(plusOnes.get()).isEqualTo(PARTICIPANTS * PLUS_ONES_EACH);
		assertThat(already.get()).isEqualTo(PARTICIPANTS);
		assertThat(mongo.getCollection("plus_ones").countDocuments(new Document("boardId", boardId)))
			.isEqualTo(PARTICIPANTS * PLUS_ONES_EACH);
		for (int note = 1; note <= SEEDED; note++) {
			Object noteId = mongo.getCollection("notes")
				.find(new Document("boardId", boardId).append("number", note))
				.first()
				.get("_id");
			assertThat(mongo.getCollection("plus_ones").countDocuments(new Document("noteId", noteId)))
				.as("+1s of note %d", note)
				.isEqualTo(expected.getOrDefault(note, 0).longValue());
		}

		// The whole burst (over a thousand changes) shares a few updates of the posted
		// card, at most one per throttle interval, not one per change.
		long mostUpdates = burst.toMillis() / updateEvery.toMillis() + 2;
		assertThat(mongo.getCollection("outbox")
			.countDocuments(new Document("topic", "card:board:" + boardId).append("cardAction", "update")))
			.as("updates of the card during a burst of %d ms", burst.toMillis())
			.isBetween(1L, mostUpdates);
		PlaygroundClient.EventStream page = client.follow(room, organiser);
		PlaygroundClient.await("the stream is open", () -> page.has("event:ready"));
		clock.set(Instant.parse("2026-03-25T09:00:05Z"));
		BackgroundWork.runDue(runner, mongo);
		// the last update may have gone out before the stream opened: then the room's
		// history has it
		String exact = "#1 Startlapp 1 (+" + expected.get(1) + ")";
		PlaygroundClient.await("the card shows the exact counts",
				() -> page.lines.stream().anyMatch(l -> l.contains(exact))
						|| client.get("/playground/api/rooms/" + room + "/history?browserId=" + organiser)
							.raw()
							.contains(exact));
		page.close();
	}

}
