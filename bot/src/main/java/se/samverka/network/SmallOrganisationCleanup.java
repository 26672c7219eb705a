package se.samverka.network;

import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * At start-up, takes organisations of fewer than five members off the anonymous answers
 * of every {@link AnonymousAnswerStore}, stored before {@link AnonymousOrganisations}
 * kept them off, so that no stored answer narrows its author down. Running it again
 * changes nothing.
 */
@Component
class SmallOrganisationCleanup {

	private static final Logger log = LoggerFactory.getLogger(SmallOrganisationCleanup.class);

	private final MongoTemplate mongo;

	private final AnonymousOrganisations organisations;

	private final List<AnonymousAnswerStore> stores;

	SmallOrganisationCleanup(MongoTemplate mongo, AnonymousOrganisations organisations,
			List<AnonymousAnswerStore> stores) {
		this.mongo = mongo;
		this.organisations = organisations;
		this.stores = stores;
	}

	@EventListener(ApplicationReadyEvent.class)
	void cleanUp() {
		for (AnonymousAnswerStore store : stores) {
			long changed = 0;
			for (Document item : mongo.find(Query.query(store.which()), Document.class, store.items())) {
				changed += organisations.forgetSmall(store.answers(), store.itemField(), item.getString("_id"),
						item.getString("networkId"));
			}
			if (changed > 0) {
				log.info("Took a small organisation off {} answers in {}", changed, store.answers());
			}
		}
	}

}
