package se.samverka.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Forms too big to travel in a button's value (Slack allows 2,000 characters), such as
 * the edit form of a long agenda prefilled with all of it: kept in the database for
 * {@link #KEPT} and the button carries only their id. Without this the prefilled text
 * would be dropped and the organiser would have to type the whole agenda again.
 */
@Component
class SlackForms {

	static final Duration KEPT = Duration.ofDays(30);

	static final String KEPT_PREFIX = "kept:";

	private final MongoTemplate mongo;

	private final Clock clock;

	SlackForms(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * The value for the button that opens {@code form}: the form itself, or the id it is
	 * kept under.
	 */
	String buttonValue(ModalForm form) {
		String json = form.toJson();
		if (json.length() <= SlackActions.MAX_VALUE) {
			return json;
		}
		// TTL indexes are not honoured by every MongoDB we run on (the embedded one
		// ignores them), so
		// expired forms are removed here, whenever a new one is kept.
		mongo.remove(Query.query(Criteria.where("expiresAt").lt(clock.instant())), KeptForm.class);
		KeptForm kept = mongo.insert(new KeptForm(UUID.randomUUID().toString(), json, clock.instant().plus(KEPT)));
		return KEPT_PREFIX + kept.id();
	}

	/** The form behind a button's value; empty when it was kept and has expired since. */
	Optional<ModalForm> open(String buttonValue) {
		if (buttonValue == null || !buttonValue.startsWith(KEPT_PREFIX)) {
			return Optional.of(ModalForm.fromButtonValue(buttonValue));
		}
		return Optional.ofNullable(mongo.findById(buttonValue.substring(KEPT_PREFIX.length()), KeptForm.class))
			.filter(kept -> kept.expiresAt().isAfter(clock.instant()))
			.map(kept -> ModalForm.fromButtonValue(kept.form()));
	}

	/** A form kept for its button until {@code expiresAt}. */
	@Document("slack_forms")
	record KeptForm(@Id String id, String form, Instant expiresAt) {
	}

}
