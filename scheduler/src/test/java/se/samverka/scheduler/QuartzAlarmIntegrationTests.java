package se.samverka.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.impl.StdSchedulerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** Quartz wakes the runner at the due instant, without waiting for the poll. */
class QuartzAlarmIntegrationTests {

	MongoServer server;

	MongoClient client;

	Scheduler quartz;

	@BeforeEach
	void start() throws Exception {
		server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
		Properties properties = new Properties();
		properties.setProperty("org.quartz.scheduler.instanceName", "alarm-test-" + UUID.randomUUID());
		properties.setProperty("org.quartz.threadPool.threadCount", "2");
		properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
		quartz = new StdSchedulerFactory(properties).getScheduler();
		quartz.start();
	}

	@AfterEach
	void stop() throws Exception {
		quartz.shutdown(true);
		client.close();
		server.shutdownNow();
	}

	@Test
	void firesWorkAtItsDueInstantWithoutWaitingForThePoll() throws Exception {
		MongoTemplate mongo = new MongoTemplate(client, "alarm");
		Clock clock = Clock.systemUTC();
		List<Instant> ranAt = new CopyOnWriteArrayList<>();
		DueWorkHandler handler = new DueWorkHandler() {
			@Override
			public String kind() {
				return "test.alarm";
			}

			@Override
			public CatchUp catchUp() {
				return CatchUp.runLate();
			}

			@Override
			public void run(DueWork work) {
				ranAt.add(clock.instant());
			}
		};
		SchedulerSettings settings = new SchedulerSettings(null, Duration.ofHours(1), null, 0, "alarm-test");
		DueWorkRunner runner = new DueWorkRunner(mongo, clock, List.of(handler), settings);
		QuartzAlarm alarm = new QuartzAlarm(quartz, clock, settings);
		alarm.start(runner);
		Schedules schedules = new Schedules(mongo, clock, alarm);

		Instant due = clock.instant().plusMillis(400);
		schedules.once("soon", "test.alarm", "s", due, ZoneId.of("Europe/Stockholm"));

		Instant deadline = Instant.now().plusSeconds(30);
		while (ranAt.isEmpty() && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		assertThat(ranAt).hasSize(1);
		assertThat(ranAt.get(0)).isAfterOrEqualTo(due);
		// the handler has run; the runner records DONE just after it, on its own thread
		while (schedules.find("soon").orElseThrow().state() == WorkState.RUNNING && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		assertThat(schedules.find("soon").orElseThrow().state()).isEqualTo(WorkState.DONE);
	}

}
