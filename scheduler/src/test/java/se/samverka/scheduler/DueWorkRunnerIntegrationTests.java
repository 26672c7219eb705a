package se.samverka.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The runner against a MongoDB-protocol server, with a clock the test moves. */
class DueWorkRunnerIntegrationTests {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	static MongoServer server;

	static MongoClient client;

	MongoTemplate mongo;

	final SteppingClock clock = new SteppingClock(Instant.parse("2026-03-25T07:00:00Z"));

	final RecordingHandler prompts = new RecordingHandler("test.prompt",
			CatchUp.skipWhenLaterThan(Duration.ofMinutes(10)));

	final RecordingHandler reminders = new RecordingHandler("test.reminder", CatchUp.runLate());

	@BeforeAll
	static void startServer() {
		server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
	}

	@AfterAll
	static void stopServer() {
		client.close();
		server.shutdownNow();
	}

	@BeforeEach
	void freshDatabase() {
		mongo = new MongoTemplate(client, "scheduler-" + System.nanoTime());
	}

	DueWorkRunner runner(String instance) {
		return new DueWorkRunner(mongo, clock, List.of(prompts, reminders),
				new SchedulerSettings(Duration.ofMinutes(5), null, Duration.ofMinutes(1), 3, instance));
	}

	Schedules schedules() {
		return new Schedules(mongo, clock, Alarm.NONE);
	}

	@Test
	void runsWorkWhenItIsDueAndNotBefore() {
		schedules().once("m1:slot1", "test.prompt", "slot-1", clock.instant().plus(Duration.ofMinutes(30)), STOCKHOLM);
		DueWorkRunner runner = runner("a");

		assertThat(runner.runDue()).isZero();
		clock.advance(Duration.ofMinutes(29));
		assertThat(runner.runDue()).isZero();
		clock.advance(Duration.ofMinutes(1));
		assertThat(runner.runDue()).isEqualTo(1);
		assertThat(runner.runDue()).isZero();

		assertThat(prompts.runs).containsEntry("m1:slot1", 1);
		assertThat(schedules().find("m1:slot1").orElseThrow().state()).isEqualTo(WorkState.DONE);
	}

	@Test
	void twoInstancesOnOneDatabaseRunEachPieceOfWorkExactlyOnce() throws Exception {
		Schedules schedules = schedules();
		for (int i = 0; i < 300; i++) {
			schedules.once("w" + i, i % 2 == 0 ? "test.prompt" : "test.reminder", "s" + i,
					clock.instant().plusSeconds(i % 7), STOCKHOLM);
		}
		clock.advance(Duration.ofSeconds(10));
		DueWorkRunner first = runner("instance-1");
		DueWorkRunner second = runner("instance-2");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Integer>> calls = List.of(first::runDue, second::runDue, first::runDue, second::runDue);
			int claimed = 0;
			for (Future<Integer> f : pool.invokeAll(calls)) {
				claimed += f.get();
			}
			assertThat(claimed).isEqualTo(300);
		}
		finally {
			pool.shutdownNow();
		}
		Map<String, Integer> all = new ConcurrentHashMap<>(prompts.runs);
		all.putAll(reminders.runs);
		assertThat(all).hasSize(300);
		assertThat(all.values()).allMatch(n -> n == 1);
	}

	@Test
	void schedulingPendingWorkAgainUnchangedKeepsItPending() {
		Instant at = clock.instant().plus(Duration.ofHours(2));
		schedules().once("again", "test.reminder", "a", at, STOCKHOLM);
		DueWork again = schedules().once("again", "test.reminder", "a", at, STOCKHOLM);
		assertThat(again.state()).isEqualTo(WorkState.PENDING);
		assertThat(again.dueAt()).isEqualTo(at);
	}

	@Test
	void aSlotPromptFoundMoreThanTenMinutesLateIsSkippedAndRecorded() {
		schedules().once("late-prompt", "test.prompt", "p", clock.instant(), STOCKHOLM);
		schedules().once("late-reminder", "test.reminder", "r", clock.instant(), STOCKHOLM);
		schedules().once("nearly-late", "test.prompt", "n", clock.instant().plus(Duration.ofMinutes(2)), STOCKHOLM);

		clock.advance(Duration.ofMinutes(12)); // the app was down
		runner("after-restart").runDue();

		DueWork skipped = schedules().find("late-prompt").orElseThrow();
		assertThat(skipped.state()).isEqualTo(WorkState.SKIPPED);
		assertThat(skipped.outcome()).contains("PT12M");
		assertThat(prompts.runs).doesNotContainKey("late-prompt").containsEntry("nearly-late", 1);
		assertThat(reminders.runs).containsEntry("late-reminder", 1);
		assertThat(schedules().find("late-reminder").orElseThrow().outcome()).isEqualTo("done PT12M late");
	}

	@Test
	void workClaimedByAnInstanceThatDiedIsTakenOverWhenItsLeaseExpires() {
		schedules().once("orphan", "test.reminder", "o", clock.instant(), STOCKHOLM);
		DueWorkRunner dying = runner("dying");
		assertThat(dying.claimNext()).isPresent(); // claimed, then the instance is gone

		DueWorkRunner survivor = runner("survivor");
		assertThat(survivor.runDue()).isZero();
		clock.advance(Duration.ofMinutes(6));
		assertThat(survivor.runDue()).isEqualTo(1);
		assertThat(reminders.runs).containsEntry("orphan", 1);
		assertThat(schedules().find("orphan").orElseThrow().state()).isEqualTo(WorkState.DONE);
	}

	@Test
	void failingWorkIsTriedAgainLaterAndGivenUpAfterTheLastAttempt() {
		reminders.failuresLeft.set(5);
		schedules().once("flaky", "test.reminder", "f", clock.instant(), STOCKHOLM);
		DueWorkRunner runner = runner("a");

		runner.runDue();
		assertThat(schedules().find("flaky").orElseThrow().state()).isEqualTo(WorkState.PENDING);
		clock.advance(Duration.ofMinutes(1));
		runner.runDue();
		clock.advance(Duration.ofMinutes(2));
		runner.runDue();

		DueWork given = schedules().find("flaky").orElseThrow();
		assertThat(given.state()).isEqualTo(WorkState.FAILED);
		assertThat(given.attempts()).isEqualTo(3);
		assertThat(reminders.attempts.get()).isEqualTo(3);
	}

	@Test
	void aRetriedPromptIsSkippedOnceItsFirstDueTimeIsBeyondTheTolerance() {
		prompts.failuresLeft.set(2);
		schedules().once("retried-prompt", "test.prompt", "p", clock.instant(), STOCKHOLM);
		DueWorkRunner slowRetries = new DueWorkRunner(mongo, clock, List.of(prompts, reminders),
				new SchedulerSettings(Duration.ofMinutes(5), null, Duration.ofMinutes(6), 5, "a"));

		slowRetries.runDue(); // fails; next try in 6 minutes
		clock.advance(Duration.ofMinutes(6));
		slowRetries.runDue(); // fails again, 6 minutes late; next try in 12
		clock.advance(Duration.ofMinutes(12));
		slowRetries.runDue(); // 18 minutes after the slot began: too late to post

		DueWork work = schedules().find("retried-prompt").orElseThrow();
		assertThat(prompts.runs).doesNotContainKey("retried-prompt");
		assertThat(prompts.attempts.get()).isEqualTo(2);
		assertThat(work.state()).isEqualTo(WorkState.SKIPPED);
		assertThat(work.outcome()).isEqualTo("skipped: found PT18M late");
	}

	@Test
	void aRetriedPromptWithinTheToleranceRunsAndSaysHowLateItWas() {
		prompts.failuresLeft.set(1);
		schedules().once("retried-in-time", "test.prompt", "p", clock.instant(), STOCKHOLM);
		DueWorkRunner runner = runner("a");

		runner.runDue();
		clock.advance(Duration.ofMinutes(1));
		runner.runDue();

		DueWork work = schedules().find("retried-in-time").orElseThrow();
		assertThat(prompts.runs).containsEntry("retried-in-time", 1);
		assertThat(work.state()).isEqualTo(WorkState.DONE);
		assertThat(work.outcome()).isEqualTo("done PT1M late");
		assertThat(work.lastRunBy()).isEqualTo("a");
	}

	@Test
	void rescheduledWorkCountsItsLatenessFromItsNewTime() {
		prompts.failuresLeft.set(1);
		Schedules schedules = schedules();
		schedules.once("moved-after-retry", "test.prompt", "p", clock.instant(), STOCKHOLM);
		runner("a").runDue(); // fails, to be retried
		// The organiser moves the slot an hour later: the earlier failure no longer
		// counts.
		schedules.once("moved-after-retry", "test.prompt", "p", clock.instant().plus(Duration.ofHours(1)), STOCKHOLM);
		clock.advance(Duration.ofHours(1));
		runner("a").runDue();

		DueWork work = schedules.find("moved-after-retry").orElseThrow();
		assertThat(work.state()).isEqualTo(WorkState.DONE);
		assertThat(work.outcome()).isEqualTo("done");
	}

	@Test
	void schedulingTheSameIdAgainMovesItInsteadOfAddingASecond() {
		Schedules schedules = schedules();
		schedules.once("m2:slot1", "test.prompt", "a", clock.instant().plus(Duration.ofHours(1)), STOCKHOLM);
		schedules.once("m2:slot1", "test.prompt", "a", clock.instant().plus(Duration.ofHours(2)), STOCKHOLM);
		DueWorkRunner runner = runner("a");

		clock.advance(Duration.ofMinutes(61));
		assertThat(runner.runDue()).isZero();
		clock.advance(Duration.ofHours(1));
		assertThat(runner.runDue()).isEqualTo(1);
		assertThat(mongo.findAll(DueWork.class)).hasSize(1);
		assertThat(prompts.runs).containsEntry("m2:slot1", 1);

		// the agenda changed after the prompt went out: the slot moved, so its prompt is
		// due again
		schedules.once("m2:slot1", "test.prompt", "a", clock.instant().plus(Duration.ofMinutes(30)), STOCKHOLM);
		clock.advance(Duration.ofMinutes(30));
		assertThat(runner.runDue()).isEqualTo(1);
		assertThat(prompts.runs).containsEntry("m2:slot1", 2);
		assertThat(mongo.findAll(DueWork.class)).hasSize(1);
	}

	@Test
	void schedulingTheSamePendingWorkAgainAndAgainSucceedsEveryTime() throws Exception {
		// many turns (votes, +1s) putting the same refresh on the calendar at once
		Instant due = clock.instant().plus(Duration.ofSeconds(5));
		Schedules schedules = schedules();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		List<java.util.concurrent.Future<DueWork>> puts = new java.util.ArrayList<>();
		for (int i = 0; i < 80; i++) {
			puts.add(pool.submit(() -> schedules.once("poll-refresh:p1:1", "test.reminder", "p1", due, STOCKHOLM)));
		}
		for (var put : puts) {
			assertThat(put.get().dueAt()).isEqualTo(due);
		}
		pool.shutdown();
		assertThat(mongo.findAll(DueWork.class)).hasSize(1);
		clock.advance(Duration.ofSeconds(5));
		assertThat(runner("a").runDue()).isEqualTo(1);
	}

	@Test
	void replayingTheSameScheduleLeavesFinishedWorkAlone() {
		Instant due = clock.instant().plus(Duration.ofMinutes(5));
		schedules().once("m3:slot1", "test.prompt", "a", due, STOCKHOLM);
		clock.advance(Duration.ofMinutes(5));
		runner("a").runDue();
		schedules().once("m3:slot1", "test.prompt", "a", due, STOCKHOLM);
		assertThat(runner("a").runDue()).isZero();
		assertThat(prompts.runs).containsEntry("m3:slot1", 1);
	}

	@Test
	void listsThePendingDueInstantsForTheAlarm() {
		Instant soon = clock.instant().plusSeconds(20);
		schedules().once("a1", "test.prompt", "a", soon, STOCKHOLM);
		schedules().once("a2", "test.prompt", "a", soon, STOCKHOLM);
		schedules().once("later", "test.prompt", "a", clock.instant().plus(Duration.ofHours(2)), STOCKHOLM);
		assertThat(runner("a").pendingDueBefore(clock.instant().plusSeconds(60))).containsExactly(soon);
	}

	@Test
	void cancelledWorkNeverRuns() {
		schedules().once("m4:slot1", "test.prompt", "a", clock.instant(), STOCKHOLM);
		schedules().once("m4:slot2", "test.prompt", "a", clock.instant(), STOCKHOLM);
		schedules().once("m40:slot1", "test.prompt", "a", clock.instant(), STOCKHOLM);
		assertThat(schedules().cancelAll("m4:")).isEqualTo(2);
		runner("a").runDue();
		assertThat(prompts.runs).containsOnlyKeys("m40:slot1");
	}

	@Test
	void cancelledWorkScheduledAgainComesBack() {
		schedules().once("m5:slot1", "test.prompt", "a", clock.instant(), STOCKHOLM);
		schedules().cancelAll("m5:");
		schedules().once("m5:slot1", "test.prompt", "a", clock.instant(), STOCKHOLM);
		runner("a").runDue();
		assertThat(prompts.runs).containsEntry("m5:slot1", 1);
	}

	@Test
	void recurringWorkFiresOnceOnTheNightTheClocksGoForward() {
		clock.set(Instant.parse("2026-03-28T12:00:00Z"));
		schedules().recurring("nightly", "test.reminder", "n", new Recurrence("0 30 2 * * *", STOCKHOLM));
		DueWorkRunner runner = runner("a");
		List<Instant> firedAt = new ArrayList<>();
		reminders.onRun = () -> firedAt.add(clock.instant());
		for (Instant t = clock.instant(); t.isBefore(Instant.parse("2026-03-30T12:00:00Z")); t = t.plusSeconds(300)) {
			clock.set(t);
			runner.runDue();
		}
		assertThat(firedAt).containsExactly(Instant.parse("2026-03-29T01:30:00Z"),
				Instant.parse("2026-03-30T00:30:00Z"));
	}

	@Test
	void recurringWorkFiresOnceOnTheNightTheClocksGoBack() {
		clock.set(Instant.parse("2026-10-24T12:00:00Z"));
		schedules().recurring("nightly", "test.reminder", "n", new Recurrence("0 30 2 * * *", STOCKHOLM));
		DueWorkRunner runner = runner("a");
		List<Instant> firedAt = new ArrayList<>();
		reminders.onRun = () -> firedAt.add(clock.instant());
		for (Instant t = clock.instant(); t.isBefore(Instant.parse("2026-10-26T12:00:00Z")); t = t.plusSeconds(300)) {
			clock.set(t);
			runner.runDue();
		}
		assertThat(firedAt).containsExactly(Instant.parse("2026-10-25T00:30:00Z"),
				Instant.parse("2026-10-26T01:30:00Z"));
	}

	@Test
	void recurringWorkMissedForAWeekRunsOnceAndThenKeepsItsRhythm() {
		clock.set(Instant.parse("2026-11-01T12:00:00Z"));
		schedules().recurring("weekly", "test.reminder", "w", new Recurrence("0 0 8 * * MON", STOCKHOLM));
		clock.set(Instant.parse("2026-11-20T12:00:00Z")); // down over two Mondays
		runner("a").runDue();
		assertThat(reminders.runs).containsEntry("weekly", 1);
		assertThat(schedules().find("weekly").orElseThrow().dueAt()).isEqualTo(Instant.parse("2026-11-23T07:00:00Z"));
	}

	static final class RecordingHandler implements DueWorkHandler {

		final String kind;

		final CatchUp catchUp;

		final Map<String, Integer> runs = new ConcurrentHashMap<>();

		final AtomicInteger failuresLeft = new AtomicInteger();

		final AtomicInteger attempts = new AtomicInteger();

		Runnable onRun = () -> {
		};

		RecordingHandler(String kind, CatchUp catchUp) {
			this.kind = kind;
			this.catchUp = catchUp;
		}

		@Override
		public String kind() {
			return kind;
		}

		@Override
		public CatchUp catchUp() {
			return catchUp;
		}

		@Override
		public void run(DueWork work) {
			attempts.incrementAndGet();
			if (failuresLeft.getAndDecrement() > 0) {
				throw new IllegalStateException("platform down");
			}
			runs.merge(work.id(), 1, Integer::sum);
			onRun.run();
		}

	}

}
