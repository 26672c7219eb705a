package se.samverka.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BoardHighlightsUnitTests {

	static Note note(String id, int column, int number, String author, boolean hidden, String text) {
		return new Note(id, "b", column, number, null, author, author == null ? null : "Skolan", text, hidden,
				Instant.parse("2026-03-25T09:40:00Z"), null);
	}

	@Test
	void theTopThreeOfAColumnMostAgreedFirstNeverHiddenAndWithoutAuthors() {
		List<Note> notes = List.of(note("1", 0, 1, "p1", false, "Kontaktlista"), note("2", 0, 2, null, false, "Anonym"),
				note("3", 0, 3, "p2", true, "Dold"), note("4", 0, 4, "p3", false, "Fika"),
				note("5", 0, 5, "p4", false, "Ingen +1"), note("6", 1, 6, "p5", false, "Annan kolumn"));
		Map<String, Integer> plusOnes = Map.of("1", 2, "2", 5, "3", 9, "4", 2, "6", 7);

		List<BoardHighlights.TopNote> top = BoardHighlights.top(notes, plusOnes, 0, 3);

		assertThat(top).extracting(BoardHighlights.TopNote::text).containsExactly("Anonym", "Kontaktlista", "Fika");
		assertThat(top).extracting(BoardHighlights.TopNote::plusOnes).containsExactly(5, 2, 2);
		assertThat(BoardHighlights.TopNote.class.getRecordComponents()).extracting(c -> c.getName())
			.as("nothing that could name an author")
			.containsExactly("text", "plusOnes");
	}

}
