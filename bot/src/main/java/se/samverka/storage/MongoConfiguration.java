package se.samverka.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Connects to {@code MONGODB_URI} when set; otherwise starts the embedded MongoDB-protocol server on
 * 127.0.0.1 with an H2 file, so data survives a restart and mongosh or Compass can look inside.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

	@Bean(destroyMethod = "shutdownNow")
	@ConditionalOnExpression("'${samverka.storage.uri:}'.isBlank()")
	MongoServer embeddedMongoServer(StorageSettings settings) {
		Path dataDir = settings.dataDir();
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + dataDir, ex);
		}
		Path file = dataDir.resolve("samverka.mv").toAbsolutePath();
		MongoServer server = new MongoServer(backend(file));
		server.bind("127.0.0.1", settings.embeddedPort());
		InetSocketAddress address = server.getLocalAddress();
		log.info("Embedded MongoDB-protocol server on 127.0.0.1:{} (file {})", address.getPort(), file);
		return server;
	}

	private static MongoBackend backend(Path file) {
		H2Backend backend = new H2Backend(file.toString());
		return backend.version(ServerVersion.MONGO_5_0);
	}

	@Bean
	MongoConnectionDetails mongoConnectionDetails(StorageSettings settings, ObjectProvider<MongoServer> embedded) {
		if (settings.embedded()) {
			int port = embedded.getObject().getLocalAddress().getPort();
			ConnectionString local = new ConnectionString("mongodb://127.0.0.1:" + port + "/" + settings.database());
			return () -> local;
		}
		ConnectionString given = new ConnectionString(settings.uri());
		ConnectionString withDatabase = given.getDatabase() != null ? given
				: new ConnectionString(withDatabase(settings.uri(), settings.database()));
		log.info("Using the MongoDB given by MONGODB_URI (database {})", withDatabase.getDatabase());
		return () -> withDatabase;
	}

	/** Puts {@code database} into a connection string that names none, keeping its options. */
	static String withDatabase(String uri, String database) {
		int hostsStart = uri.indexOf("://") + 3;
		int query = uri.indexOf('?', hostsStart);
		int slash = uri.indexOf('/', hostsStart);
		int hostsEnd = slash >= 0 && (query < 0 || slash < query) ? slash : (query >= 0 ? query : uri.length());
		return uri.substring(0, hostsEnd) + "/" + database + (query >= 0 ? uri.substring(query) : "");
	}

}
