package se.samverka.grouping;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import se.samverka.chat.PersonId;

/** Who is at which meeting, as they said with {@code here}. */
@Service
public class Attendances {

	private final MongoTemplate mongo;

	private final Clock clock;

	Attendances(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Returns false when the person had already said so. */
	boolean markPresent(String meetingId, PersonId person) {
		String id = Attendance.idOf(meetingId, person.value());
		if (mongo.exists(Query.query(Criteria.where("_id").is(id)), Attendance.class)) {
			return false;
		}
		try {
			mongo.insert(new Attendance(id, meetingId, person.value(), clock.instant()));
			return true;
		}
		catch (DuplicateKeyException twice) {
			return false;
		}
	}

	/** Takes back {@code here}; returns false when the person had not said it. */
	boolean markAbsent(String meetingId, PersonId person) {
		String id = Attendance.idOf(meetingId, person.value());
		return mongo.remove(Query.query(Criteria.where("_id").is(id)), Attendance.class).getDeletedCount() > 0;
	}

	/**
	 * The person ids of those who said {@code here} for the meeting (also what homework
	 * goes to).
	 */
	public List<String> present(String meetingId) {
		return mongo.find(Query.query(Criteria.where("meetingId").is(meetingId)), Attendance.class)
			.stream()
			.map(Attendance::personId)
			.toList();
	}

}
