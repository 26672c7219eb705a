package se.samverka.grouping;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Someone who said they are at a meeting ({@code here}); the id is meeting id + person
 * id.
 */
@Document("attendance")
record Attendance(@Id String id, @Indexed String meetingId, String personId, Instant at) {

	static String idOf(String meetingId, String personId) {
		return meetingId + ":" + personId;
	}

}
