package se.samverka.poll;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The polls of each network and their votes. (Skeleton: the domain side fills this in; keep the
 * signatures of {@link #find} and {@link #tally}, the presentation side uses them.)
 */
@Service
public class Polls {

	private final MongoTemplate mongo;

	Polls(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<DatePoll> find(String id) {
		return Optional.ofNullable(mongo.findById(id, DatePoll.class));
	}

	/** The live count of a poll. */
	public Tally tally(DatePoll poll) {
		return new Tally(poll.id(), 0, List.of());
	}

}
