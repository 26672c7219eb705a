package se.samverka.reflection;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's +1 on one note. The id is note and person together, so a second +1 by the
 * same person is refused by the database however the requests race; a note's count is the
 * number of these documents.
 */
@Document("plus_ones")
record PlusOne(@Id String id, @Indexed String boardId, String noteId, String personId, Instant at) {

	static String idOf(String noteId, String personId) {
		return noteId + "|" + personId;
	}

}
