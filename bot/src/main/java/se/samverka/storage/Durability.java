package se.samverka.storage;

import java.nio.file.Path;
import java.util.Optional;

import com.mongodb.WriteConcern;

/**
 * Makes writes survive a crash (kill -9, a power cut) before something that cannot be
 * taken back happens, such as a send. With MongoDB the write itself asks for it
 * ({@link #CRASH_SAFE}) and {@link #awaitDurable()} does nothing; the embedded server
 * acknowledges writes that its H2 file only gets within about a second, so there
 * {@link #awaitDurable()} commits the file and forces it to disk, one commit for every
 * caller waiting at that moment.
 */
public interface Durability {

	/**
	 * Acknowledged once a majority of the replica set has the write in its journal
	 * (ignored by the embedded server).
	 */
	WriteConcern CRASH_SAFE = WriteConcern.MAJORITY.withJournal(true);

	/** Returns once every write acknowledged before the call is on disk. */
	void awaitDurable();

	/**
	 * Where a journal of sends kept outside the database belongs: the embedded server's
	 * data directory, since its file commits for everyone at once and cannot tell which
	 * sends had really started; none with MongoDB, where each write is durable by itself.
	 */
	default Optional<Path> journalDirectory() {
		return Optional.empty();
	}

	/**
	 * Whether the database runs in this process (the embedded server): then a write it
	 * acknowledged is, until its next commit, in this process's memory like anything not
	 * yet written, so waiting for the acknowledgement makes nothing safer.
	 */
	default boolean inThisProcess() {
		return false;
	}

}
