package se.samverka.webpage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The reply to a form, kept for the page that the browser is sent to next
 * (post-redirect-get), in MongoDB so that any instance can show it. It is found only by
 * its random id, which only the person's browser knows, and holds nothing that names the
 * person (no person id, no link, no form token): the reply to an anonymous note stays
 * anonymous. Old ones are removed when new ones are kept.
 */
@Component
class PageFlashes {

	static final Duration KEPT = Duration.ofMinutes(15);

	private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

	private final MongoTemplate mongo;

	private final Clock clock;

	PageFlashes(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Document("page_flashes")
	record Flash(@Id String id, String html, Instant at) {
	}

	String keep(String html) {
		Instant now = clock.instant();
		mongo.remove(Query.query(Criteria.where("at").lt(now.minus(KEPT))), Flash.class);
		String id = UUID.randomUUID().toString();
		mongo.insert(new Flash(id, html, now));
		return id;
	}

	Optional<String> find(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			return Optional.empty();
		}
		return Optional.ofNullable(mongo.findById(id, Flash.class))
			.filter(f -> f.at().isAfter(clock.instant().minus(KEPT)))
			.map(Flash::html);
	}

}
