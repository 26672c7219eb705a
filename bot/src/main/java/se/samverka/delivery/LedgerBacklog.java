package se.samverka.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import se.samverka.metrics.PendingSends;

/**
 * The ledger's backlog for the gauges: pending entries per tenant or workspace scope
 * (never per conversation, which would be a gauge per chat), with the oldest one's age by
 * the application's clock, the one {@code createdAt} is written with. One aggregation
 * over the PENDING entries, found through the index on state.
 */
@Component
class LedgerBacklog implements PendingSends {

	private final MongoTemplate mongo;

	private final Ledger ledger;

	LedgerBacklog(MongoTemplate mongo, Ledger ledger) {
		this.mongo = mongo;
		this.ledger = ledger;
	}

	@Override
	public Map<String, Backlog> byScope() {
		Aggregation backlog = Aggregation.newAggregation(
				Aggregation.match(Criteria.where(LedgerEntry.STATE).is(DeliveryState.PENDING.name())),
				Aggregation.project(LedgerEntry.SCOPES, LedgerEntry.CREATED_AT), Aggregation.unwind(LedgerEntry.SCOPES),
				Aggregation.group(LedgerEntry.SCOPES).count().as("n").min(LedgerEntry.CREATED_AT).as("oldest"));
		Instant now = ledger.now();
		Map<String, Backlog> byScope = new HashMap<>();
		for (Document d : mongo.aggregate(backlog, LedgerEntry.COLLECTION, Document.class).getMappedResults()) {
			String scope = d.getString("_id");
			if (scope == null || scope.startsWith("conversation:")) {
				continue;
			}
			Date oldest = d.getDate("oldest");
			Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now);
			byScope.put(scope, new Backlog(((Number) d.get("n")).longValue(), age.isNegative() ? Duration.ZERO : age));
		}
		return byScope;
	}

}
