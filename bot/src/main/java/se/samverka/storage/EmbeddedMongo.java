package se.samverka.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The embedded MongoDB-protocol server with its H2 file. Closing it stops the server and
 * then closes the file store, which writes what is still in memory: stopping the server
 * alone leaves the last writes unsaved.
 */
final class EmbeddedMongo implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

	private final MongoServer server;

	private final H2Backend backend;

	private EmbeddedMongo(MongoServer server, H2Backend backend) {
		this.server = server;
		this.backend = backend;
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

	@Override
	public void destroy() {
		server.shutdownNow();
		backend.close();
	}

}
