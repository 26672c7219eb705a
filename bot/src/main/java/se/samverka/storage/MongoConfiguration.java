package se.samverka.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions.MongoConverterConfigurationAdapter;

import com.mongodb.ConnectionString;

/**
 * Connects to {@code MONGODB_URI} when set; otherwise starts the embedded
 * MongoDB-protocol server on 127.0.0.1 with an H2 file, so data survives a restart and
 * mongosh or Compass can look inside.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

	@Bean
	@ConditionalOnExpression("'${samverka.storage.uri:}'.isBlank()")
	EmbeddedMongo embeddedMongo(StorageSettings settings) {
		return EmbeddedMongo.start(settings.dataDir(), settings.embeddedPort());
	}

	@Bean
	MongoConnectionDetails mongoConnectionDetails(StorageSettings settings, ObjectProvider<EmbeddedMongo> embedded) {
		if (settings.embedded()) {
			int port = embedded.getObject().port();
			ConnectionString local = new ConnectionString("mongodb://127.0.0.1:" + port + "/" + settings.database());
			return () -> local;
		}
		ConnectionString given = new ConnectionString(settings.uri());
		ConnectionString withDatabase = given.getDatabase() != null ? given
				: new ConnectionString(withDatabase(settings.uri(), settings.database()));
		log.info("Using the MongoDB given by MONGODB_URI (database {})", withDatabase.getDatabase());
		return () -> withDatabase;
	}

	/**
	 * How a write is made to survive a crash: by its write concern with MongoDB, by a
	 * commit of the H2 file with the embedded server.
	 */
	@Bean
	Durability durability(StorageSettings settings, ObjectProvider<EmbeddedMongo> embedded) {
		if (settings.embedded()) {
			EmbeddedMongo server = embedded.getObject();
			return new Durability() {

				@Override
				public void awaitDurable() {
					server.awaitDurable();
				}

				@Override
				public java.util.Optional<java.nio.file.Path> journalDirectory() {
					return java.util.Optional.of(settings.dataDir());
				}

				@Override
				public boolean inThisProcess() {
					return true;
				}

			};
		}
		return () -> {
		};
	}

	/**
	 * Dates and times without a zone (a meeting's date, a slot's 09:00) are stored as UTC
	 * by the driver's own codecs, not through the JVM's default zone, so they read back
	 * the same on every instance and on every day of the year.
	 */
	@Bean
	MongoCustomConversions mongoCustomConversions() {
		return MongoCustomConversions.create(MongoConverterConfigurationAdapter::useNativeDriverJavaTimeCodecs);
	}

	/**
	 * Puts {@code database} into a connection string that names none, keeping its
	 * options.
	 */
	static String withDatabase(String uri, String database) {
		int hostsStart = uri.indexOf("://") + 3;
		int query = uri.indexOf('?', hostsStart);
		int slash = uri.indexOf('/', hostsStart);
		int hostsEnd = slash >= 0 && (query < 0 || slash < query) ? slash : (query >= 0 ? query : uri.length());
		return uri.substring(0, hostsEnd) + "/" + database + (query >= 0 ? uri.substring(query) : "");
	}

}
