package se.samverka;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The delivery ledger (collection {@code outbox}) as tests see it: wait until it is idle
 * before counting what was sent, so no assertion reads state the drainer may still
 * change.
 */
public final class Ledger {

	private static final List<String> BUSY = List.of("PENDING", "SENDING");

	private Ledger() {
	}

	/** Waits until no entry of the network is waiting to be sent or being sent. */
	public static void awaitIdle(MongoTemplate mongo, String networkId) {
		awaitIdle(mongo, new Document("network", networkId));
	}

	/**
	 * Waits until no entry at all is waiting or being sent. Other tests share the
	 * context, so prefer the network's own entries.
	 */
	public static void awaitIdle(MongoTemplate mongo) {
		awaitIdle(mongo, new Document());
	}

	private static void awaitIdle(MongoTemplate mongo, Document filter) {
		Document busy = new Document(filter).append("state", new Document("$in", BUSY));
		await("the delivery ledger is idle").atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(25))
			.until(() -> mongo.getCollection("outbox").countDocuments(busy) == 0);
	}

}
