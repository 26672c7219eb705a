package se.samverka.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.network.Membership;
import se.samverka.network.Networks;
import se.samverka.poll.DatePoll.PollState;

/**
 * The polls of each network, numbered 1, 2, ... within it: created, closed, settled with
 * their winner, and counted from their {@link Votes}.
 */
@Service
public class Polls {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Votes votes;

	private final Networks networks;

	Polls(MongoTemplate mongo, Clock clock, Votes votes, Networks networks) {
		this.mongo = mongo;
		this.clock = clock;
		this.votes = votes;
		this.networks = networks;
	}

	Instant now() {
		return clock.instant();
	}

	DatePoll create(NetworkId network, PollParser.Draft draft, ZoneId zone, PersonId organiser) {
		for (int attempt = 0;; attempt++) {
			DatePoll poll = new DatePoll(UUID.randomUUID().toString(), network.value(), highestNumber(network) + 1,
					draft.question(), draft.options(), draft.deadline(), zone.getId(), draft.anonymous(),
					draft.quorum(), PollState.OPEN, organiser.value(), clock.instant(), null, null);
			try {
				return mongo.insert(poll);
			}
			catch (DuplicateKeyException raced) {
				if (attempt >= 5) {
					throw raced;
				}
			}
		}
	}

	/** The organisations of the network's members, for quorum. */
	Set<String> organisations(NetworkId network) {
		return networks.members(network)
			.stream()
			.map(Membership::organisation)
			.filter(o -> o != null && !o.isBlank())
			.collect(Collectors.toSet());
	}

	public Optional<DatePoll> find(String id) {
		return Optional.ofNullable(mongo.findById(id, DatePoll.class));
	}

	Optional<DatePoll> byNumber(NetworkId network, int number) {
		return Optional.ofNullable(mongo.findOne(
				Query.query(Criteria.where("networkId").is(network.value()).and("number").is(number)), DatePoll.class));
	}

	/**
	 * The newest open poll of the network (what {@code vote <option> <answer>} means).
	 */
	Optional<DatePoll> latestOpen(NetworkId network) {
		return Optional.ofNullable(mongo
			.findOne(Query.query(Criteria.where("networkId").is(network.value()).and("state").is(PollState.OPEN))
				.with(Sort.by(Sort.Direction.DESC, "number")), DatePoll.class));
	}

	/** The network's newest poll, open or closed. */
	public Optional<DatePoll> newest(NetworkId network) {
		return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("networkId").is(network.value()))
			.with(Sort.by(Sort.Direction.DESC, "number")), DatePoll.class));
	}

	/**
	 * How many people of each organisation have voted in the poll (anonymous polls too:
	 * only that someone voted counts, never what); votes without an organisation count
	 * under "".
	 */
	public java.util.Map<String, Integer> votersPerOrganisation(DatePoll poll) {
		java.util.Map<String, Integer> voters = new java.util.TreeMap<>();
		for (Vote vote : votes.of(poll)) {
			voters.merge(vote.organisation() == null ? "" : vote.organisation(), 1, Integer::sum);
		}
		return voters;
	}

	/** The network's polls, by number. */
	public List<DatePoll> of(NetworkId network) {
		return mongo.find(Query.query(Criteria.where("networkId").is(network.value())).with(Sort.by("number")),
				DatePoll.class);
	}

	/**
	 * Voting is over once the poll is closed or its deadline has passed (even before it
	 * was closed).
	 */
	boolean acceptsVotes(DatePoll poll) {
		return poll.open() && (poll.deadline() == null || clock.instant().isBefore(poll.deadline()));
	}

	/** The live count of a poll, from its vote documents. */
	public Tally tally(DatePoll poll) {
		return Votes.count(poll, votes.of(poll));
	}

	/**
	 * Closes the poll to votes; empty when it was closed already (by someone else, or
	 * before).
	 */
	Optional<DatePoll> close(DatePoll poll) {
		Query open = Query.query(Criteria.where("_id").is(poll.id()).and("state").is(PollState.OPEN));
		Update update = new Update().set("state", PollState.CLOSED).set("closedAt", clock.instant());
		return Optional.ofNullable(
				mongo.findAndModify(open, update, FindAndModifyOptions.options().returnNew(true), DatePoll.class));
	}

	/** Records the winner of a closed poll (null: none). */
	DatePoll settle(DatePoll closed, Integer winner) {
		return mongo.findAndModify(Query.query(Criteria.where("_id").is(closed.id())), Update.update("winner", winner),
				FindAndModifyOptions.options().returnNew(true), DatePoll.class);
	}

	/**
	 * Claims the announcement of a closed poll's result for {@code lease}; false when it
	 * was made already or someone else is making it.
	 */
	boolean claimResult(DatePoll closed, Duration lease) {
		Instant now = clock.instant();
		Query claimable = Query.query(Criteria.where("_id")
			.is(closed.id())
			.and("announcedAt")
			.is(null)
			.orOperator(Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lt(now)));
		try {
			return mongo.findAndModify(claimable, Update.update("claimedUntil", now.plus(lease)),
					FindAndModifyOptions.options().upsert(true).returnNew(true), PollResult.class) != null;
		}
		catch (DuplicateKeyException taken) {
			return false;
		}
	}

	void resultAnnounced(DatePoll closed, String meetingId) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(closed.id())),
				Update.update("announcedAt", clock.instant()).set("meetingId", meetingId), PollResult.class);
	}

	private int highestNumber(NetworkId network) {
		DatePoll last = mongo.findOne(Query.query(Criteria.where("networkId").is(network.value()))
			.with(Sort.by(Sort.Direction.DESC, "number"))
			.limit(1), DatePoll.class);
		return last == null ? 0 : last.number();
	}

}
