package se.samverka.reflection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import se.samverka.chat.NetworkId;

/**
 * The boards of a network as they stand, for reading elsewhere (the archive): shown notes
 * only, with their +1 counts. An anonymous note comes without author or organisation, as
 * it is stored; a signed one with its author's organisation, never their name.
 */
@Service
public class BoardHistory {

	private final MongoTemplate mongo;

	private final Notes notes;

	BoardHistory(MongoTemplate mongo, Notes notes) {
		this.mongo = mongo;
		this.notes = notes;
	}

	/**
	 * @param meetingId the meeting of the board's group-work slot, or null for a board an
	 * organiser made
	 */
	public record BoardRecord(String id, String meetingId, String title, Instant createdAt, boolean open,
			List<ColumnRecord> columns) {
	}

	public record ColumnRecord(String name, List<NoteRecord> notes) {
	}

	/**
	 * @param organisation null for an anonymous note
	 */
	public record NoteRecord(int number, Integer group, boolean anonymous, String organisation, String text,
			int plusOnes) {
	}

	/** The network's boards, oldest first. */
	public List<BoardRecord> of(NetworkId network) {
		List<Board> boards = mongo.find(
				Query.query(Criteria.where("networkId").is(network.value())).with(Sort.by("createdAt", "_id")),
				Board.class);
		List<BoardRecord> records = new ArrayList<>();
		for (Board board : boards) {
			List<Note> shown = notes.visibleOn(board);
			Map<String, Integer> plusOnes = notes.plusOnes(board);
			List<ColumnRecord> columns = new ArrayList<>();
			for (int c = 0; c < board.columns().size(); c++) {
				List<NoteRecord> inColumn = new ArrayList<>();
				for (Note note : shown) {
					if (note.column() == c) {
						inColumn.add(new NoteRecord(note.number(), note.group(), note.anonymous(),
								note.anonymous() ? null : note.organisation(), note.text(),
								plusOnes.getOrDefault(note.id(), 0)));
					}
				}
				columns.add(new ColumnRecord(board.columns().get(c), inColumn));
			}
			records.add(new BoardRecord(board.id(), board.meetingId(), board.title(), board.createdAt(), board.open(),
					columns));
		}
		return records;
	}

}
