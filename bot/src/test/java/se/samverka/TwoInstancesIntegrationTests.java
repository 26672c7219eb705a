package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverka.TwoInstances.Instance;
import se.samverka.scheduler.DueWorkRunner;

/**
 * Two instances of the bot on one database: every group-work question is posted exactly
 * once however the instances race for it, and an instance that starts after the other
 * stopped posts what is still timely and skips, recording how late, what is not.
 */
class TwoInstancesIntegrationTests {

	/** 2027-03-25 is before the switch to summer time: Stockholm is UTC+1. */
	static final String DATE = "2027-03-25";

	static final String PROMPT_FOOTER = "Anteckna det ni kommer fram till";

	TwoInstances instances;

	final String room = "rum-" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void startTheDatabase() {
		instances = new TwoInstances();
	}

	@AfterEach
	void stopEverything() {
		instances.close();
	}

	@Test
	void everyQuestionOfTwentyMeetingsIsPostedExactlyOnceWhileTwoInstancesRace() throws Exception {
		Instance a = instances.start("a");
		Instance b = instances.start("b");
		setClocks(Instant.parse("2027-03-20T09:00:00Z"), a, b);
		a.say(room, "nätverk skapa Kapplöpningen");
		for (int meeting = 1; meeting <= 20; meeting++) {
			String reply = text(a.say(room, "möte skapa\n" + agenda(meeting)));
			assertThat(reply).as("meeting %d", meeting).contains("är planerat");
		}
		assertThat(a.dueWork()).hasSize(60).allSatisfy(d -> assertThat(d.getString("state")).isEqualTo("PENDING"));

		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			// Each group-work hour in turn: both instances, two threads each, several
			// rounds at once.
			for (String slotStartUtc : List.of("08:30", "09:00", "09:30")) {
				setClocks(Instant.parse(DATE + "T" + slotStartUtc + ":00Z"), a, b);
				for (int round = 0; round < 3; round++) {
					raceOnce(pool, a, b);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}

		a.awaitDueWork("all done", d -> "DONE".equals(d.getString("state")));
		a.awaitOutbox();
		for (int meeting = 1; meeting <= 20; meeting++) {
			for (int slot = 1; slot <= 3; slot++) {
				assertThat(a.postsContaining(room, marker(meeting, slot), PROMPT_FOOTER))
					.as("posts of the question %s", marker(meeting, slot))
					.isEqualTo(1);
			}
		}
		List<Document> work = a.dueWork();
		assertThat(work).hasSize(60).allSatisfy(d -> {
			assertThat(d.getString("state")).as(d.getString("_id")).isEqualTo("DONE");
			assertThat(d.getInteger("attempts")).as(d.getString("_id")).isEqualTo(1);
		});
		// Both instances did their share (a race in which one instance took everything
		// proves little).
		Map<String, Long> byInstance = work.stream()
			.collect(Collectors.groupingBy(d -> d.getString("lastRunBy"), Collectors.counting()));
		assertThat(byInstance.keySet()).containsExactlyInAnyOrder("a", "b");
	}

	@Test
	void anInstanceStartedLatePostsWhatIsStillTimelyAndSkipsTheRest() {
		Instance a = instances.start("a");
		setClocks(Instant.parse("2027-03-20T09:00:00Z"), a);
		a.say(room, "nätverk skapa Omstarten");
		// The 09:30 question will be found five minutes late: still posted.
		assertThat(text(a.say(room, """
				möte skapa
				Träff i tid
				%s Digitalt
				09:00 Välkommen
				09:30 Grupparbete: Fortfarande i tid (30 min)
				  Fråga [i tid] om samverkan
				10:00 Tack för idag""".formatted(DATE)))).contains("är planerat");
		// The 09:20 question will be found fifteen minutes late and the break ended long
		// before.
		assertThat(text(a.say(room, """
				möte skapa
				Träff för sent
				%s Digitalt
				09:00-09:10 Fika
				09:20 Grupparbete: För sent (30 min)
				  Fråga [för sent] om samverkan
				09:50 Tack för idag""".formatted(DATE)))).contains("är planerat");
		a.context().close();

		Instance b = instances.start("b");
		setClocks(Instant.parse(DATE + "T08:35:00Z"), b); // 09:35 in Stockholm
		b.context().getBean(DueWorkRunner.class).runDue();
		List<Document> all = b.awaitDueWork("all finished",
				d -> List.of("DONE", "SKIPPED").contains(d.getString("state")));
		b.awaitOutbox();

		assertThat(b.postsContaining(room, "[i tid]", PROMPT_FOOTER)).isEqualTo(1);
		assertThat(b.postsContaining(room, "[för sent]", PROMPT_FOOTER)).isZero();
		assertThat(b.postsContaining(room, "Pausen slutar strax")).isZero();
		assertThat(all).hasSize(3);
		assertThat(all).filteredOn(d -> d.getString("_id").endsWith("prompt:0930")).singleElement().satisfies(d -> {
			assertThat(d.getString("state")).isEqualTo("DONE");
			assertThat(d.getString("outcome")).isEqualTo("done PT5M late");
		});
		assertThat(all).filteredOn(d -> d.getString("_id").endsWith("prompt:0920")).singleElement().satisfies(d -> {
			assertThat(d.getString("state")).isEqualTo("SKIPPED");
			assertThat(d.getString("outcome")).isEqualTo("skipped: found PT15M late");
		});
		assertThat(all).filteredOn(d -> d.getString("_id").endsWith("break:0900")).singleElement().satisfies(d -> {
			assertThat(d.getString("kind")).isEqualTo("meeting.break-ends");
			assertThat(d.getString("state")).isEqualTo("SKIPPED");
			// Due at 09:07, three minutes before the break ends.
			assertThat(d.getString("outcome")).isEqualTo("skipped: found PT28M late");
		});

		// Running again changes nothing: finished work stays finished.
		b.context().getBean(DueWorkRunner.class).runDue();
		b.awaitOutbox();
		assertThat(b.postsContaining(room, "[i tid]", PROMPT_FOOTER)).isEqualTo(1);
	}

	@Test
	void aQuestionClaimedByAnInstanceThatDiedIsPostedByTheOtherOnceTheLeaseExpires() {
		Instance a = instances.start("a");
		setClocks(Instant.parse("2027-03-20T09:00:00Z"), a);
		a.say(room, "nätverk skapa Kraschen");
		a.say(room, """
				möte skapa
				Träff med krasch
				%s Digitalt
				09:30 Grupparbete: Efter kraschen (30 min)
				  Fråga [krasch] om samverkan
				10:00 Tack för idag""".formatted(DATE));
		a.context().close();
		// What an instance leaves behind when it dies right after claiming the 09:30
		// question
		// (claimed at 09:30 with the default five-minute lease).
		Document claimed = new Document("$set",
				new Document("state", "RUNNING").append("leaseOwner", "a")
					.append("leaseUntil", java.util.Date.from(Instant.parse(DATE + "T08:35:00Z")))
					.append("attempts", 1));

		Instance b = instances.start("b");
		b.mongo().getCollection("due_work").updateOne(new Document("kind", "meeting.slot-prompt"), claimed);
		DueWorkRunner runner = b.context().getBean(DueWorkRunner.class);
		setClocks(Instant.parse(DATE + "T08:34:00Z"), b);
		runner.runDue();
		assertThat(b.postsContaining(room, "[krasch]", PROMPT_FOOTER)).as("posted while the lease still held").isZero();

		setClocks(Instant.parse(DATE + "T08:36:00Z"), b);
		runner.runDue();
		runner.runDue();
		b.awaitDueWork("the question done",
				d -> !"meeting.slot-prompt".equals(d.getString("kind")) || "DONE".equals(d.getString("state")));
		b.awaitOutbox();

		assertThat(b.postsContaining(room, "[krasch]", PROMPT_FOOTER)).isEqualTo(1);
		assertThat(b.dueWork()).filteredOn(d -> "meeting.slot-prompt".equals(d.getString("kind")))
			.singleElement()
			.satisfies(d -> {
				assertThat(d.getString("state")).isEqualTo("DONE");
				assertThat(d.getString("lastRunBy")).isEqualTo("b");
				assertThat(d.getInteger("attempts")).isEqualTo(2);
				assertThat(d.getString("outcome")).isEqualTo("done PT6M late");
			});
	}

	/** Both instances, two threads each, call runDue at the same moment. */
	private static void raceOnce(ExecutorService pool, Instance a, Instance b) throws Exception {
		DueWorkRunner runnerA = a.context().getBean(DueWorkRunner.class);
		DueWorkRunner runnerB = b.context().getBean(DueWorkRunner.class);
		CyclicBarrier together = new CyclicBarrier(4);
		List<Callable<Integer>> calls = new ArrayList<>();
		for (DueWorkRunner runner : List.of(runnerA, runnerA, runnerB, runnerB)) {
			calls.add(() -> {
				together.await(30, TimeUnit.SECONDS);
				return runner.runDue();
			});
		}
		for (Future<Integer> done : pool.invokeAll(calls, 2, TimeUnit.MINUTES)) {
			done.get();
		}
	}

	private static void setClocks(Instant now, Instance... all) {
		for (Instance instance : all) {
			instance.setClock(now);
		}
	}

	static String agenda(int meeting) {
		StringBuilder text = new StringBuilder("Träff " + meeting + "\n" + DATE + " Digitalt\n09:00 Välkommen\n");
		String[] starts = { "09:30", "10:00", "10:30" };
		for (int slot = 1; slot <= 3; slot++) {
			text.append(starts[slot - 1])
				.append(" Grupparbete: Samtal ")
				.append(slot)
				.append(" (30 min)\n  Fråga ")
				.append(marker(meeting, slot))
				.append(": vad behöver ni av varandra?\n");
		}
		return text.append("11:00 Tack för idag").toString();
	}

	static String marker(int meeting, int slot) {
		return "[m%02ds%d]".formatted(meeting, slot);
	}

	private static String text(se.samverka.dialogue.TurnOutcome outcome) {
		return outcome.replies().stream().map(se.samverka.chat.Message::fallbackText).collect(Collectors.joining("\n"));
	}

}
