package se.samverka.storage;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Health of the database, by a {@code ping} that both MongoDB and the embedded server
 * answer (Spring Boot's own check sends {@code hello}, which the embedded server does not
 * know). Named so that it replaces Boot's.
 */
@Component("mongoHealthIndicator")
class StorageHealth implements HealthIndicator {

	private final MongoTemplate mongo;

	StorageHealth(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Health health() {
		try {
			Document answer = mongo.executeCommand(new Document("ping", 1));
			return answer.get("ok") != null ? Health.up().withDetail("database", mongo.getDb().getName()).build()
					: Health.down().build();
		}
		catch (RuntimeException ex) {
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

}
