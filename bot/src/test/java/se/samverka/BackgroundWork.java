package se.samverka;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.scheduler.DueWorkRunner;

/**
 * Due work as tests run it. The application's own runner (a Quartz poll and alarms) runs
 * alongside the test: when it claims a piece first, {@code runDue()} returns before that
 * piece is done. So tests run what is due and then wait until nothing is running.
 */
public final class BackgroundWork {

	private BackgroundWork() {
	}

	/** Runs what is due now and waits until no due work is still running anywhere. */
	public static void runDue(DueWorkRunner runner, MongoTemplate mongo) {
		runner.runDue();
		await("no due work is running").atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(25))
			.until(() -> mongo.getCollection("due_work").countDocuments(new Document("state", "RUNNING")) == 0);
	}

}
