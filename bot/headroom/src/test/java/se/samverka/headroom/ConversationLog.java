package se.samverka.headroom;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Samverka's conversation log (collection {@code transcript}) read through its embedded
 * MongoDB server, which listens on loopback: which acknowledged requests it holds.
 */
final class ConversationLog implements AutoCloseable {

	private final MongoClient client;

	private final MongoCollection<Document> transcript;

	ConversationLog(int mongoPort) {
		this.client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort);
		this.transcript = this.client.getDatabase("samverka").getCollection("transcript");
	}

	/**
	 * How many of {@code acked} (log keys beginning with {@code prefix}) are not in the
	 * log, once it has stopped growing: it may take until every acknowledged request is
	 * there, or {@code quiet} without a new one, or {@code longest} in all.
	 */
	long missing(Set<String> acked, String prefix, Duration quiet, Duration longest) throws InterruptedException {
		long deadline = System.nanoTime() + longest.toNanos();
		long last = -1;
		long lastChange = System.nanoTime();
		while (System.nanoTime() < deadline) {
			long now = this.transcript.countDocuments(inbound(prefix));
			if (now >= acked.size()) {
				break;
			}
			if (now != last) {
				last = now;
				lastChange = System.nanoTime();
			}
			else if (System.nanoTime() - lastChange > quiet.toNanos()) {
				break;
			}
			Thread.sleep(1000);
		}
		Set<String> missing = new HashSet<>(acked);
		missing.removeAll(keys(prefix));
		return missing.size();
	}

	private Set<String> keys(String prefix) {
		Set<String> keys = new HashSet<>();
		for (Document entry : this.transcript.find(inbound(prefix)).projection(Projections.include("dedupKey"))) {
			keys.add(entry.getString("dedupKey"));
		}
		return keys;
	}

	/** Prefixes are made of letters, digits, colons and hyphens: nothing to quote. */
	private static Bson inbound(String prefix) {
		return Filters.regex("dedupKey", "^" + prefix);
	}

	@Override
	public void close() {
		this.client.close();
	}

}
