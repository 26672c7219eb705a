package se.samverka.reflection;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A note on a board. An anonymous note has no author and no organisation, and its time is
 * kept to the minute only: nothing in it leads back to who wrote it.
 *
 * @param column the column's index (0 for the first)
 * @param number the note's number on its board (1, 2, ...), what people type in commands
 * @param group the author's group in the slot, or null when groups are unknown; for an
 * anonymous note only a group of at least five members (see {@link AnonymousGroups})
 */
@Document("notes")
@CompoundIndex(name = "board_number", def = "{'boardId': 1, 'number': 1}", unique = true)
record Note(@Id String id, String boardId, int column, int number, Integer group, String authorId, String organisation,
		String text, boolean hidden, Instant createdAt, Instant editedAt) {

	boolean anonymous() {
		return authorId == null;
	}

	Note withGroup(Integer group) {
		return new Note(id, boardId, column, number, group, authorId, organisation, text, hidden, createdAt, editedAt);
	}

	boolean writtenBy(String personId) {
		return authorId != null && authorId.equals(personId);
	}

}
