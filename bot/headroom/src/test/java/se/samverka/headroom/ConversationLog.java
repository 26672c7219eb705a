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
 * Samverka's conversation log (collection {@code transcript}) and its Slack inbound
 * journal (collection {@code slack_inbound}, where typed Slack requests wait, durably, to
 * be worked off) read through its embedded MongoDB server, which listens on loopback:
 * which acknowledged requests they hold.
 */
final class ConversationLog implements AutoCloseable {

	private final MongoClient client;

	private final MongoCollection<Document> transcript;

	private final MongoCollection<Document> journal;

	ConversationLog(int mongoPort) {
		this.client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort);
		this.transcript = this.client.getDatabase("samverka").getCollection("transcript");
		this.journal = this.client.getDatabase("samverka").getCollection("slack_inbound");
	}

	/**
	 * Of the acknowledged requests: how many are nowhere (neither in the log nor waiting
	 * in the journal), and how many still wait in the journal to be worked off.
	 */
	record Check(long missing, long waiting) {

	}

	/**
	 * How many of {@code acked} (log keys beginning with {@code prefix}) are neither in
	 * the log nor waiting in the journal, once the two have stopped changing: it may take
	 * until every acknowledged request is in one of them, or {@code quiet} without a
	 * change, or {@code longest} in all. The journal is read first: a request is logged
	 * before it leaves the journal, so one worked off between the two reads is found in
	 * the log.
	 */
	Check missing(Set<String> acked, String prefix, Duration quiet, Duration longest) throws InterruptedException {
		long deadline = System.nanoTime() + longest.toNanos();
		long last = -1;
		long lastChange = System.nanoTime();
		while (System.nanoTime() < deadline) {
			long now = journalled(prefix).size() + this.transcript.countDocuments(inbound(prefix));
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
		Set<String> journalled = journalled(prefix);
		Set<String> missing = new HashSet<>(acked);
		missing.removeAll(keys(prefix));
		long waiting = missing.stream().filter(journalled::contains).count();
		missing.removeAll(journalled);
		return new Check(missing.size(), waiting);
	}

	/**
	 * Keys of the requests in the journal (done or not: one done is in the log too). A
	 * journal document keeps the requests written together as one string of fields, each
	 * its length, a colon and itself ({@code -} for none), nine to a request, the key
	 * first.
	 */
	private Set<String> journalled(String prefix) {
		Set<String> keys = new HashSet<>();
		for (Document batch : this.journal.find()
			.projection(Projections.include("requests"))
			// the embedded server would answer with everything at once, beyond the
			// driver's largest message
			.batchSize(50)) {
			String encoded = batch.getString("requests");
			int at = 0;
			int field = 0;
			while (encoded != null && at < encoded.length()) {
				if (encoded.charAt(at) == '-') {
					at++;
				}
				else {
					int colon = encoded.indexOf(':', at);
					int end = colon + 1 + Integer.parseInt(encoded, at, colon, 10);
					if (field % 9 == 0 && encoded.startsWith(prefix, colon + 1)) {
						keys.add(encoded.substring(colon + 1, end));
					}
					at = end;
				}
				field++;
			}
		}
		return keys;
	}

	private Set<String> keys(String prefix) {
		Set<String> keys = new HashSet<>();
		for (Document entry : this.transcript.find(inbound(prefix))
			.projection(Projections.include("dedupKey"))
			.batchSize(10_000)) {
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
