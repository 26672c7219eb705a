package se.samverka.grouping;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import se.samverka.chat.PersonId;

/**
 * The groups made for meetings' group-work slots. Other features (the boards) ask here
 * which group someone is in; this API is meant to stay as it is.
 */
@Service
public class Groupings {

	private final MongoTemplate mongo;

	Groupings(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The number of the person's group in the grouping for the slot that starts at
	 * {@code slotStart}.
	 */
	public Optional<Integer> groupOf(String meetingId, LocalTime slotStart, PersonId person) {
		return find(meetingId, slotStart).flatMap(g -> g.groupOf(person));
	}

	/** The grouping of the meeting's latest slot that has groups. */
	public Optional<Grouping> latest(String meetingId) {
		return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("meetingId").is(meetingId))
			.with(Sort.by(Sort.Direction.DESC, "slot", "madeAt"))
			.limit(1), Grouping.class));
	}

	public Optional<Grouping> find(String meetingId, LocalTime slotStart) {
		return Optional.ofNullable(mongo.findById(Grouping.idOf(meetingId, slotStart), Grouping.class));
	}

	/** Every grouping of the meeting, in slot order (for the archive). */
	public List<Grouping> of(String meetingId) {
		return mongo.find(Query.query(Criteria.where("meetingId").is(meetingId)).with(Sort.by("slot")), Grouping.class);
	}

	/**
	 * The grouping of the slot with groups that comes last before {@code slotStart} in
	 * the meeting.
	 */
	Optional<Grouping> before(String meetingId, LocalTime slotStart) {
		return Optional.ofNullable(mongo
			.findOne(Query.query(Criteria.where("meetingId").is(meetingId).and("slot").lt(Grouping.slotOf(slotStart)))
				.with(Sort.by(Sort.Direction.DESC, "slot"))
				.limit(1), Grouping.class));
	}

	/**
	 * Stores the grouping as the slot's next split, provided the slot's split is still
	 * {@code replacing} (none when empty). Empty when someone else split the slot in
	 * between: two organisers splitting at once must not both get the same revision, or
	 * the second split would share the first one's ledger key and never be posted.
	 */
	Optional<Grouping> saveReplacing(Grouping grouping, Optional<Grouping> replacing) {
		if (replacing.isEmpty()) {
			try {
				return Optional.of(mongo.insert(grouping));
			}
			catch (DuplicateKeyException raced) {
				return Optional.empty();
			}
		}
		Grouping replaced = mongo.findAndReplace(
				Query.query(Criteria.where("_id").is(grouping.id()).and("revision").is(replacing.get().revision())),
				grouping);
		return replaced == null ? Optional.empty() : Optional.of(grouping);
	}

	/** Person id to group number, for keeping old groups apart. */
	static Map<String, Integer> numbers(Grouping grouping) {
		Map<String, Integer> numbers = new HashMap<>();
		grouping.groups().forEach(g -> g.personIds().forEach(p -> numbers.put(p, g.number())));
		return numbers;
	}

}
