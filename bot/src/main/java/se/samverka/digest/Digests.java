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

	/**
	 * When a digest made now counts as made: now, or just after the network's newest
	 * digest when that one has the same time (a fixed clock, two digests made in one
	 * catch-up), so that the one made later is the newer one.
	 */
	Instant madeAt(NetworkId network, Instant now) {
		DigestDocument newest = mongo.findOne(Query.query(Criteria.where("networkId").is(network.value()))
			.with(Sort.by(Sort.Direction.DESC, "createdAt")), DigestDocument.class);
		if (newest == null || newest.createdAt() == null || newest.createdAt().isBefore(now)) {
			return now;
		}
		return newest.createdAt().plusMillis(1);
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

	/**
	 * Only the newest digest ever waits: the waiting ones made before {@code digest} are
	 * superseded, and so is {@code digest} itself when a newer one waits already. By age,
	 * not by who runs last: two runners handling two digests of one network at once (two
	 * instances, a retry) leave the newest waiting whatever their order. Returns whether
	 * {@code digest} still waits.
	 */
	boolean supersedeAllButNewest(NetworkId network, DigestDocument digest) {
		mongo.updateMulti(waiting(network).addCriteria(madeBefore(digest)),
				Update.update("state", DigestState.SUPERSEDED), DigestDocument.class);
		boolean newerWaits = mongo.exists(waiting(network).addCriteria(madeAfter(digest)), DigestDocument.class);
		if (newerWaits) {
			mongo.updateFirst(waiting(network).addCriteria(Criteria.where("_id").is(digest.id())),
					Update.update("state", DigestState.SUPERSEDED), DigestDocument.class);
			return false;
		}
		return true;
	}

	/**
	 * Made earlier than {@code digest}; the id decides between two made at the same
	 * instant.
	 */
	private static Criteria madeBefore(DigestDocument digest) {
		return new Criteria().orOperator(Criteria.where("createdAt").lt(digest.createdAt()),
				Criteria.where("createdAt").is(digest.createdAt()).and("_id").lt(digest.id()));
	}

	private static Criteria madeAfter(DigestDocument digest) {
		return new Criteria().orOperator(Criteria.where("createdAt").gt(digest.createdAt()),
				Criteria.where("createdAt").is(digest.createdAt()).and("_id").gt(digest.id()));
	}

	private static Query waiting(NetworkId network) {
		return Query.query(Criteria.where("networkId").is(network.value()).and("state").is(DigestState.WAITING));
	}

}
