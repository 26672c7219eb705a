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
		Query query = Query
			.query(Criteria.where(LedgerEntry.NETWORK)
				.is(network.value())
				.and(LedgerEntry.CREATED_AT)
				.gte(Date.from(since)))
			.with(Sort.by(Sort.Direction.DESC, LedgerEntry.CREATED_AT))
			.limit(MAX_ENTRIES);
		query.fields()
			.include(LedgerEntry.MESSAGE_KEY, LedgerEntry.TOPIC, LedgerEntry.SUMMARY, LedgerEntry.STATE,
					LedgerEntry.PERSON, LedgerEntry.CREATED_AT);
		// a card's post and all its updates are one line, under the card's key
		Map<String, List<Document>> byKey = new LinkedHashMap<>();
		for (Document entry : mongo.find(query, Document.class, LedgerEntry.COLLECTION)) {
			String topic = entry.getString(LedgerEntry.TOPIC);
			String key = topic != null ? topic : entry.getString(LedgerEntry.MESSAGE_KEY);
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
			.query(Criteria.where(LedgerEntry.NETWORK)
				.is(network.value())
				.and(LedgerEntry.STATE)
				.is(DeliveryState.UNREACHABLE.name())
				.and(LedgerEntry.PERSON)
				.ne(null)
				.and(LedgerEntry.UPDATED_AT)
				.gte(Date.from(from)))
			.with(Sort.by(Sort.Direction.DESC, LedgerEntry.UPDATED_AT))
			.limit(MAX_ENTRIES);
		query.fields().include(LedgerEntry.PERSON);
		return mongo.find(query, Document.class, LedgerEntry.COLLECTION)
			.stream()
			.map(d -> d.getString(LedgerEntry.PERSON))
			.distinct()
			.toList();
	}

	private static SendReport report(String key, List<Document> entries) {
		Map<DeliveryState, Integer> byState = new java.util.EnumMap<>(DeliveryState.class);
		List<String> unreachable = new ArrayList<>();
		Instant at = null;
		String summary = null;
		for (Document entry : entries) {
			DeliveryState state = DeliveryState.valueOf(entry.getString(LedgerEntry.STATE));
			byState.merge(state, 1, Integer::sum);
			String person = entry.getString(LedgerEntry.PERSON);
			if (state == DeliveryState.UNREACHABLE && person != null) {
				unreachable.add(person);
			}
			Instant created = entry.getDate(LedgerEntry.CREATED_AT).toInstant();
			if (at == null || created.isBefore(at)) {
				at = created;
			}
			// the oldest entry's summary (a card's post, not one of its updates)
			summary = entry.getString(LedgerEntry.SUMMARY) != null ? entry.getString(LedgerEntry.SUMMARY) : summary;
		}
		return new SendReport(key, summary, at, DeliveryCounts.of(byState), unreachable);
	}

}
