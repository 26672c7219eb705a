package se.samverka.storage;

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

}
