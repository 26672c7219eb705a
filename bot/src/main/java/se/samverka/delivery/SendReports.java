package se.samverka.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import se.samverka.chat.NetworkId;

/**
 * A network's recent sends as organisers see them: counts per message key, and who was
 * unreachable.
 */
@Component
public class SendReports {

	static final Duration RECENT = Duration.ofDays(30);

	private static final int MAX_ENTRIES = 20_000;

	private final MongoTemplate mongo;

	private final Clock clock;

	SendReports(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * One send: its key, what it said, when, how it went, and the persons (ids) it could
	 * not reach.
	 */
	public record SendReport(String messageKey, String summary, Instant at, DeliveryCounts counts,
			List<String> unreachablePersons) {
	}

	/** The network's most recent sends first, at most {@code limit}. */
	public List<SendReport> recent(NetworkId network, int limit) {
		Instant since = clock.instant().minus(RECENT);
		Query query = Query.query(Criteria.where("network").is(network.value()).and("createdAt").gte(Date.from(since)))
			.with(Sort.by(Sort.Direction.DESC, "createdAt"))
			.limit(MAX_ENTRIES);
		query.fields().include("messageKey", "summary", "state", "personId", "createdAt");
		Map<String, List<Document>> byKey = new LinkedHashMap<>();
		for (Document entry : mongo.find(query, Document.class, Outbox.COLLECTION)) {
			String key = entry.getString("messageKey");
			if (byKey.size() >= limit && !byKey.containsKey(key)) {
				continue;
			}
			byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
		}
		List<SendReport> reports = new ArrayList<>();
		byKey.forEach((key, entries) -> reports.add(report(key, entries)));
		return reports;
	}

	/**
	 * The persons (ids) the network's sends could not reach since {@code since} (all
	 * recent ones when null), each once, most recent first.
	 */
	public List<String> unreachablePersonsSince(NetworkId network, Instant since) {
		Instant from = since != null ? since : clock.instant().minus(RECENT);
		Query query = Query
			.query(Criteria.where("network")
				.is(network.value())
				.and("state")
				.is(DeliveryState.UNREACHABLE.name())
				.and("personId")
				.ne(null)
				.and("updatedAt")
				.gte(Date.from(from)))
			.with(Sort.by(Sort.Direction.DESC, "updatedAt"))
			.limit(MAX_ENTRIES);
		query.fields().include("personId");
		return mongo.find(query, Document.class, Outbox.COLLECTION)
			.stream()
			.map(d -> d.getString("personId"))
			.distinct()
			.toList();
	}

	private static SendReport report(String key, List<Document> entries) {
		Map<String, Integer> byState = new LinkedHashMap<>();
		List<String> unreachable = new ArrayList<>();
		Instant at = null;
		for (Document entry : entries) {
			String state = entry.getString("state");
			byState.merge(state, 1, Integer::sum);
			if (DeliveryState.UNREACHABLE.name().equals(state) && entry.getString("personId") != null) {
				unreachable.add(entry.getString("personId"));
			}
			Instant created = entry.getDate("createdAt").toInstant();
			at = at == null || created.isBefore(at) ? created : at;
		}
		List<Document> counted = new ArrayList<>();
		byState.forEach((state, n) -> counted.add(new Document("_id", state).append("n", n)));
		return new SendReport(key, entries.get(0).getString("summary"), at, OutboxEntry.counts(counted), unreachable);
	}

}
