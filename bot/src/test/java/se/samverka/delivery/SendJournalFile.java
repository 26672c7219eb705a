package se.samverka.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.storage.Durability;

/**
 * The embedded database's send journal as the tests see it: read it when a fake platform
 * receives a request, then check that the send's line was there before and its outcome
 * after.
 */
record SendJournalFile(Path path) {

	static SendJournalFile of(Durability durability) {
		return new SendJournalFile(durability.journalDirectory().orElseThrow().resolve("sending.journal"));
	}

	String read() {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The one ledger entry under {@code messageKey} had its starting line, and no
	 * outcome, in {@code atArrival}; the journal now has it sent.
	 */
	void assertStartedBeforeArrival(MongoTemplate mongo, String messageKey, String atArrival) {
		String entry = mongo.getCollection("outbox")
			.find(new Document("messageKey", messageKey))
			.first()
			.get("_id")
			.toString();
		assertThat(atArrival).as("the journal when the request arrived")
			.contains(entry + "\t1\n")
			.doesNotContain(entry + "\t1\tsent");
		assertThat(read()).contains(entry + "\t1\tsent\n");
	}

}
