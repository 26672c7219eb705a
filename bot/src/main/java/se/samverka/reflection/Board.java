package se.samverka.reflection;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reflection board (a padlet): columns that notes are put in. A group-work slot's board
 * has the id {@code slot:<meeting>@<HHmm>}, so that it is made once however many notes
 * race to make it; a free board an organiser creates has a random id.
 *
 * @param slotStart the start (HH:mm, local) of the group-work slot the board belongs to,
 * or null
 * @param nextNumber the number the next note gets, raised with an atomic $inc
 */
@Document("boards")
record Board(@Id String id, @Indexed String networkId, String meetingId, String slotStart, String title,
		List<String> columns, BoardState state, int nextNumber, String createdBy, Instant createdAt) {

	enum BoardState {

		OPEN, CLOSED

	}

	Board {
		columns = columns == null ? List.of() : List.copyOf(columns);
	}

	boolean open() {
		return state == BoardState.OPEN;
	}

	boolean forSlot() {
		return meetingId != null && slotStart != null;
	}

}
