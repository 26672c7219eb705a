package se.samverka.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The embedded MongoDB-protocol server with its H2 file. H2 writes its changes to the
 * file in the background about once a second, so a crash loses the last second of writes
 * unless {@link #awaitDurable()} commits them first. Closing it stops the server and then
 * closes the file store, which writes what is still in memory: stopping the server alone
 * leaves the last writes unsaved.
 */
final class EmbeddedMongo implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

	/** How long a commit may wait for H2's own background store to finish. */
	private static final Duration COMMIT_PATIENCE = Duration.ofSeconds(10);

	private final MongoServer server;

	private final H2Backend backend;

	/**
	 * A map of H2's own, outside the databases (which are the maps named
	 * {@code databases.…}): a change to it makes sure a commit has something to store.
	 */
	private final MVMap<String, Long> commits;

	/** Callers of {@link #awaitDurable()} so far, numbered. */
	private final AtomicLong waiting = new AtomicLong();

	/** Every caller up to this number is on disk. Guarded by {@code this}. */
	private long durableUpTo;

	private EmbeddedMongo(MongoServer server, H2Backend backend) {
		this.server = server;
		this.backend = backend;
		this.commits = backend.getMvStore().openMap("samverka.commits");
	}

	static EmbeddedMongo start(Path dataDir, int port) {
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + dataDir, ex);
		}
		Path file = dataDir.resolve("samverka.mv").toAbsolutePath();
		H2Backend backend = new H2Backend(file.toString());
		// Driver 5.8 refuses the server's older default wire version.
		backend.version(ServerVersion.MONGO_5_0);
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", port);
		log.info("Embedded MongoDB-protocol server on 127.0.0.1:{} (file {})", server.getLocalAddress().getPort(),
				file);
		return new EmbeddedMongo(server, backend);
	}

	int port() {
		return server.getLocalAddress().getPort();
	}

	/**
	 * Group commit: whoever gets the lock commits and syncs for everyone who called
	 * before; those return at once when they get it. A commit that finds H2's background
	 * store running waits for it, since that store may hold the caller's writes.
	 */
	void awaitDurable() {
		long ticket = waiting.incrementAndGet();
		synchronized (this) {
			if (durableUpTo >= ticket) {
				return;
			}
			long upTo = waiting.get();
			MVStore store = backend.getMvStore();
			long deadline = System.nanoTime() + COMMIT_PATIENCE.toNanos();
			while (true) {
				// Unsaved changes for certain (again on each try): otherwise a commit
				// returns at once while the background store may still be writing the
				// caller's changes.
				commits.put("last", upTo);
				if (store.commit() >= 0) {
					break;
				}
				if (store.isClosed() || System.nanoTime() - deadline > 0) {
					throw new IllegalStateException("The embedded database could not commit its file");
				}
				LockSupport.parkNanos(200_000);
			}
			store.sync();
			durableUpTo = upTo;
		}
	}

	@Override
	public void destroy() {
		server.shutdownNow();
		backend.close();
	}

}
