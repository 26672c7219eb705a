package se.samverka.archive;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.samverka.archive.ArchiveEntry.Items;
import se.samverka.reflection.BoardHistory;
import se.samverka.reflection.BoardHistory.BoardRecord;
import se.samverka.reflection.BoardHistory.ColumnRecord;
import se.samverka.reflection.BoardHistory.NoteRecord;

/**
 * The reflection boards: per column its notes with group and +1s. A signed note shows its
 * organisation; an anonymous one only that it is anonymous; hidden notes never come here.
 */
@Component
@Order(30)
class BoardsSection implements ArchiveSection {

	private final BoardHistory boards;

	BoardsSection(BoardHistory boards) {
		this.boards = boards;
	}

	@Override
	public String headingKey() {
		return "archive.boards";
	}

	@Override
	public List<ArchiveEntry> entries(ArchiveScope scope) {
		List<ArchiveEntry> entries = new ArrayList<>();
		for (BoardRecord board : boards.of(scope.network())) {
			List<ArchiveEntry.Part> columns = new ArrayList<>();
			for (ColumnRecord column : board.columns()) {
				List<String> notes = column.notes().stream().map(n -> line(n, scope)).toList();
				columns.add(new Items(column.name(),
						notes.isEmpty() ? List.of(scope.t("archive.boards.no-notes")) : notes));
			}
			String title = board.open() ? board.title() : scope.t("archive.boards.closed", board.title());
			entries.add(new ArchiveEntry(board.meetingId(), board.createdAt(), title, columns));
		}
		return entries;
	}

	private static String line(NoteRecord note, ArchiveScope scope) {
		List<String> about = new ArrayList<>();
		if (note.group() != null) {
			about.add(scope.t("archive.groups.group", note.group()));
		}
		if (note.anonymous()) {
			about.add(scope.t("archive.boards.anonymous"));
		}
		else if (note.organisation() != null && !note.organisation().isBlank()) {
			about.add(note.organisation());
		}
		if (note.plusOnes() > 0) {
			about.add("+" + note.plusOnes());
		}
		String text = note.text().replaceAll("\\s*\\R\\s*", " ");
		return "#" + note.number() + " " + text + (about.isEmpty() ? "" : " (" + String.join(" · ", about) + ")");
	}

}
