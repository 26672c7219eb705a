package se.samverka.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import se.samverka.chat.Channel;

/**
 * Slack's one post a second in a channel, kept across instances. Every other limit is
 * shared out, each instance keeping 1/N of it; one post a second cannot be (one in N
 * seconds each still lets two instances post into a channel within the same second), so
 * with more than one instance a post to a Slack channel first takes the channel's turn:
 * one document per channel in MongoDB saying from when the next post may go, taken by one
 * conditional upsert. The turn is held while the post is under way (at most
 * {@link #HOLD}, should its instance die) and ends one second after the answer came, as
 * the instance's own limiter counts it. Instances' clocks are assumed to be in step
 * (NTP).
 */
final class ChannelTurns {

	static final String COLLECTION = "slack_channel_turns";

	/** Longer than a Slack call may take (its call timeout is 15 s). */
	static final Duration HOLD = Duration.ofSeconds(30);

	/** Slack's one post a second in a channel. */
	static final Duration SPACING = Duration.ofSeconds(1);

	private static final String FREE_AT = "freeAt";

	private static final String TOKEN = "token";

	private final MongoTemplate mongo;

	ChannelTurns(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A channel's turn: {@code token} when this post took it, else null and
	 * {@code freeAt}, when to try again (when the turn frees up, or in a second while
	 * another post holds it).
	 */
	record Turn(String channel, String token, Instant freeAt) {

		boolean taken() {
			return token != null;
		}

	}

	/**
	 * True for the scopes of a post to a Slack channel or DM (its conversation, then its
	 * workspace); an update of a card counts against the workspace only.
	 */
	static boolean isSlackPost(List<String> scopes) {
		return scopes.size() == 2 && scopes.get(1).startsWith(RateLimits.tenantScope(Channel.SLACK, ""));
	}

	/**
	 * Takes the turn of the channel {@code scope} names, when it is free at {@code now}.
	 */
	Turn take(String scope, Instant now) {
		String token = UUID.randomUUID().toString();
		Query isFree = Query.query(Criteria.where("_id").is(scope).and(FREE_AT).lte(Date.from(now)));
		try {
			mongo.upsert(isFree, new Update().set(FREE_AT, Date.from(now.plus(HOLD))).set(TOKEN, token), COLLECTION);
			return new Turn(scope, token, now);
		}
		catch (DuplicateKeyException held) {
			// the channel's document is there and its turn not free
			Document turn = mongo.findById(scope, Document.class, COLLECTION);
			Date freeAt = turn == null ? null : turn.getDate(FREE_AT);
			Instant free = freeAt == null ? now : freeAt.toInstant();
			// a post under way holds the turn longer than it will take: ask again soon
			Instant soon = now.plus(SPACING);
			return new Turn(scope, null, free.isAfter(soon) ? soon : free);
		}
	}

	/**
	 * Ends a turn this post took: the channel's next post may go from {@code freeAt}.
	 */
	void end(Turn turn, Instant freeAt) {
		if (turn == null || !turn.taken()) {
			return;
		}
		mongo.updateFirst(Query.query(Criteria.where("_id").is(turn.channel()).and(TOKEN).is(turn.token())),
				new Update().set(FREE_AT, Date.from(freeAt)), COLLECTION);
	}

}
