package se.samverka.poll;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import se.samverka.chat.PersonId;
import se.samverka.network.AnonymousAnswerStore;
import se.samverka.network.AnonymousOrganisations;
import se.samverka.network.OrganisationCopies;

/**
 * The votes of polls: one document per voter and poll, each vote one atomic upsert of one
 * option's answer, so concurrent votes are all counted and a repeated vote (a double
 * click, a redelivery) changes nothing.
 */
@Component
class Votes implements OrganisationCopies {

	/**
	 * The votes of anonymous polls without quorum, for the start-up clean-up of small
	 * organisations.
	 */
	@Bean
	static AnonymousAnswerStore anonymousVotes() {
		return new AnonymousAnswerStore("polls", Criteria.where("anonymous").is(true).and("quorum").ne(true),
				"poll_votes", "pollId");
	}

	private final MongoTemplate mongo;

	private final Clock clock;

	private final AnonymousOrganisations organisations;

	Votes(MongoTemplate mongo, Clock clock, AnonymousOrganisations organisations) {
		this.organisations = organisations;
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Sets the voter's answer to one option, replacing their earlier answer to it;
	 * returns whether anything changed (false for a repeated click or a redelivered
	 * message).
	 */
	boolean cast(DatePoll poll, String voterKey, PersonId person, String organisation, int option, Answer answer) {
		Query query = Query.query(Criteria.where("_id").is(Vote.idOf(poll.id(), voterKey)));
		Update update = new Update().set("answers." + option, answer)
			.setOnInsert("pollId", poll.id())
			.setOnInsert("voterKey", voterKey)
			.setOnInsert("firstVotedAt",
					poll.anonymous() ? clock.instant().truncatedTo(ChronoUnit.MINUTES) : clock.instant());
		if (!poll.anonymous()) {
			update.setOnInsert("personId", person.value());
		}
		// an anonymous poll keeps only an organisation that cannot narrow the voter down,
		// unless its quorum needs every organisation
		String kept = poll.anonymous() && !poll.quorum() ? organisations.kept(poll.networkId(), organisation)
				: organisation;
		if (kept != null) {
			update.setOnInsert("organisation", kept);
		}
		for (int attempt = 0;; attempt++) {
			try {
				var result = mongo.upsert(query, update, Vote.class);
				return result.getUpsertedId() != null || result.getModifiedCount() > 0;
			}
			catch (DuplicateKeyException raced) {
				// the same voter's first two votes at once: the other insert won, so this
				// one is an update
				if (attempt >= 3) {
					throw raced;
				}
			}
		}
	}

	List<Vote> of(DatePoll poll) {
		return mongo.find(Query.query(Criteria.where("pollId").is(poll.id())).with(Sort.by("firstVotedAt", "_id")),
				Vote.class);
	}

	boolean hasVoted(DatePoll poll, String voterKey) {
		return mongo.exists(Query.query(Criteria.where("_id").is(Vote.idOf(poll.id(), voterKey))), Vote.class);
	}

	static Tally count(DatePoll poll, List<Vote> votes) {
		List<Tally.OptionCount> counts = new ArrayList<>();
		for (PollOption option : poll.options()) {
			int yes = 0;
			int maybe = 0;
			int no = 0;
			Set<String> organisations = new HashSet<>();
			for (Vote vote : votes) {
				Answer answer = vote.answerTo(option.number());
				if (answer == Answer.YES) {
					yes++;
					if (vote.organisation() != null) {
						organisations.add(vote.organisation());
					}
				}
				else if (answer == Answer.MAYBE) {
					maybe++;
				}
				else if (answer == Answer.NO) {
					no++;
				}
			}
			counts.add(new Tally.OptionCount(option.number(), yes, maybe, no, organisations));
		}
		return new Tally(poll.id(), votes.size(), counts);
	}

	/** A vote keeps its voter's organisation (for quorum); renames follow it there. */
	@Override
	public Where organisationCopies() {
		return new Where("poll_votes", "pollId", "polls");
	}

}
