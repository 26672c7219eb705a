package se.samverka.digest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.samverka.chat.NetworkId;

/**
 * The digests of each network (collection {@code digests}). Public for the archive:
 * {@link #list} gives what the steering group received; the rest is the digest feature's
 * own.
 */
@Service
public class Digests {

	private final MongoTemplate mongo;

	private final Clock clock;

	Digests(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** The network's sent digests, newest first. */
	public List<DigestRecord> list(NetworkId network) {
		return mongo
			.find(Query.query(Criteria.where("networkId").is(network.value()).and("state").is(DigestState.SENT))
				.with(Sort.by(Sort.Direction.DESC, "sentAt", "createdAt")), DigestDocument.class)
			.stream()
			.map(d -> new DigestRecord(d.id(), d.kind().key, d.createdAt(), d.sentAt(), d.markdown()))
			.toList();
	}

	Optional<DigestDocument> find(String id) {
		return Optional.ofNullable(mongo.findById(id, DigestDocument.class));
	}

	/**
	 * Stores a new digest, or returns the one already stored under its id (a repeated
	 * job).
	 */
	DigestDocument insertOrGet(DigestDocument digest) {
		try {
			return mongo.insert(digest);
		}
		catch (DuplicateKeyException already) {
			return find(digest.id()).orElseThrow(() -> already);
		}
	}

	/** When the network's last digest went out, or null. */
	Instant lastSentAt(NetworkId network) {
		DigestDocument last = mongo
			.findOne(Query.query(Criteria.where("networkId").is(network.value()).and("state").is(DigestState.SENT))
				.with(Sort.by(Sort.Direction.DESC, "sentAt")), DigestDocument.class);
		return last == null ? null : last.sentAt();
	}

	Optional<DigestDocument> newestWaiting(NetworkId network) {
		return Optional.ofNullable(
				mongo.findOne(waiting(network).with(Sort.by(Sort.Direction.DESC, "createdAt")), DigestDocument.class));
	}

	/**
	 * Marks the newest waiting digest sent, atomically: of two organisers sending at
	 * once, one gets it.
	 */
	Optional<DigestDocument> claimNewestWaiting(NetworkId network) {
		return Optional.ofNullable(mongo.findAndModify(waiting(network).with(Sort.by(Sort.Direction.DESC, "createdAt")),
				Update.update("state", DigestState.SENT).set("sentAt", clock.instant()),
				FindAndModifyOptions.options().returnNew(true), DigestDocument.class));
	}

	/** Older waiting digests are replaced by a newer one: only the newest ever waits. */
	void supersedeWaitingExcept(NetworkId network, String id) {
		mongo.updateMulti(waiting(network).addCriteria(Criteria.where("_id").ne(id)),
				Update.update("state", DigestState.SUPERSEDED), DigestDocument.class);
	}

	private static Query waiting(NetworkId network) {
		return Query.query(Criteria.where("networkId").is(network.value()).and("state").is(DigestState.WAITING));
	}

}
