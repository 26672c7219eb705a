package se.samverka.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rules of notes, summaries and exports, without a database. */
class BoardRulesUnitTests {

	static final Instant AT = Instant.parse("2026-03-25T08:40:00Z");

	static final Board TWO_COLUMNS = new Board("b1", "n1", null, null, "Erfarenheter",
			List.of("Vad fungerar?", "Vad saknas?"), Board.BoardState.OPEN, 1, "p0", AT);

	static Note note(int number, int column, Integer group, String organisation, String text) {
		return new Note("note" + number, "b1", column, number, group, organisation == null ? null : "p" + number,
				organisation, text, false, AT, null);
	}

	@Test
	void aLeadingColumnNumberPicksTheColumnOnlyOnBoardsWithSeveral() {
		assertThat(NoteText.parse("2: Gemensam kontaktlista", 2))
			.isEqualTo(new NoteText(1, "Gemensam kontaktlista", null));
		assertThat(NoteText.parse("Gemensam kontaktlista", 2).column()).isZero();
		assertThat(NoteText.parse("3: text", 2).problem()).isEqualTo("board.note.no-such-column");
		assertThat(NoteText.parse("2: text", 1)).as("one column: the text is kept as typed")
			.isEqualTo(new NoteText(0, "2: text", null));
	}

	@Test
	void emptyTooLongAndIdentityNumbersAreRefused() {
		assertThat(NoteText.parse("   ", 1).problem()).isEqualTo("board.note.empty");
		assertThat(NoteText.parse("2:   ", 2).problem()).isEqualTo("board.note.empty");
		assertThat(NoteText.parse("x".repeat(2000), 1).ok()).isTrue();
		assertThat(NoteText.parse("x".repeat(2001), 1).problem()).isEqualTo("board.note.too-long");
		assertThat(NoteText.parse("Eleven 150312-1234 behöver stöd", 1).problem())
			.isEqualTo("board.note.identity-number");
		assertThat(NoteText.parse("Barnet 201503121236 flyttar", 1).problem()).isEqualTo("board.note.identity-number");
		assertThat(NoteText.parse("Eleven 150312 1236 behöver stöd", 1).problem())
			.isEqualTo("board.note.identity-number");
		assertThat(NoteText.parse("Ärende 201503121234 (kontrollsiffran stämmer inte)", 1).ok()).isTrue();
		assertThat(NoteText.parse("Ring 0701234567 om det gäller skolan", 1).ok()).isTrue();
	}

	@Test
	void noteNumbersAreReadWithOrWithoutHash() {
		assertThat(NoteNumber.parse("#12 ny text")).contains(new NoteNumber(12, "ny text"));
		assertThat(NoteNumber.parse("3")).contains(new NoteNumber(3, ""));
		assertThat(NoteNumber.parse("tre")).isEmpty();
		assertThat(NoteNumber.parse("")).isEmpty();
	}

	@Test
	void gatheringRanksByPlusOnesWithinEachColumnAndGroup() {
		List<Note> notes = List.of(note(1, 0, 1, "Skolan", "a"), note(2, 0, 1, "Polisen", "b"),
				note(3, 0, 2, "Skolan", "c"), note(4, 1, null, null, "d"), note(5, 0, 1, "IFO", "e"));
		List<Gathering.Column> columns = Gathering.of(TWO_COLUMNS, notes, Map.of("note2", 3, "note5", 1));

		assertThat(columns).hasSize(2);
		Gathering.Column first = columns.get(0);
		assertThat(first.groups()).extracting(Gathering.Group::group).containsExactly(1, 2);
		assertThat(first.groups().get(0).notes()).extracting(r -> r.note().number()).containsExactly(2, 5, 1);
		assertThat(first.groups().get(0).notes()).extracting(Gathering.Ranked::plusOnes).containsExactly(3, 1, 0);
		assertThat(columns.get(1).groups()).extracting(Gathering.Group::group).containsExactly((Integer) null);
	}

	@Test
	void noBreakdownByOrganisationBelowFiveNotes() {
		List<Note> four = List.of(note(1, 0, 1, "Skolan", "a"), note(2, 0, 1, "Skolan", "b"),
				note(3, 0, 1, "Skolan", "c"), note(4, 0, 1, "Skolan", "d"));
		assertThat(Gathering.breakdown(four)).isEmpty();
		assertThat(Gathering.of(TWO_COLUMNS, four, Map.of()).get(0).breakdown()).isEmpty();
	}

	@Test
	void smallOrganisationsAndAnonymousNotesAreFoldedIntoOther() {
		List<Note> notes = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			notes.add(note(i, 0, 1, "Skolan", "s" + i));
		}
		notes.add(note(5, 0, 1, "Polisen", "p"));
		notes.add(note(6, 0, 1, "IFO", "i"));
		notes.add(note(7, 0, 1, null, "anonym"));

		Map<String, Integer> breakdown = Gathering.breakdown(notes);

		assertThat(breakdown).containsExactly(Map.entry("Skolan", 4), Map.entry(Gathering.OTHER, 3));
	}

	@Test
	void csvHasEveryNoteAndDefusesFormulas() {
		BoardExport export = new BoardExport(ZoneId.of("Europe/Stockholm"));
		String csv = export.csv(TWO_COLUMNS,
				List.of(note(1, 0, 2, "Skolan", "=HYPERLINK(\"x\")"), note(2, 1, null, null, "Säg \"hej\"")),
				Map.of("note1", 4));

		// as Swedish Excel opens it: a byte order mark, semicolons, texts quoted
		assertThat(csv).startsWith("\uFEFFnumber;");
		assertThat(csv.substring(1).split("\r\n")).containsExactly("number;column;group;text;plus_ones;created;edited",
				"1;\"Vad fungerar?\";2;\"'=HYPERLINK(\"\"x\"\")\";4;2026-03-25 09:40;",
				"2;\"Vad saknas?\";;\"Säg \"\"hej\"\"\";0;2026-03-25 09:40;");
		assertThat(csv).doesNotContain("Skolan").as("no organisations in the export");
	}

	@Test
	void csvQuotesSemicolonsLineBreaksAndQuotesInsideNotes() {
		String csv = new BoardExport(ZoneId.of("Europe/Stockholm")).csv(TWO_COLUMNS,
				List.of(note(1, 0, null, null, "Tid; mandat\noch \"ansvar\"")), Map.of());

		assertThat(csv).endsWith("1;\"Vad fungerar?\";;\"Tid; mandat\noch \"\"ansvar\"\"\";0;2026-03-25 09:40;\r\n");
	}

	@Test
	void markdownKeepsOrdinaryPunctuationAndEscapesOnlyWhatMarkdownActsOn() {
		String md = new BoardExport(ZoneId.of("Europe/Stockholm")).markdown(TWO_COLUMNS,
				List.of(note(1, 0, null, null, "Barnens bästa gäller! (10.00-10.15) #1 – ja, 100 %."),
						note(2, 0, null, null, "Se [här](http://evil) <b>fet</b> *stjärna*")),
				Map.of());

		assertThat(md).contains("- #1 Barnens bästa gäller! (10.00-10.15) #1 – ja, 100 %.\n")
			.contains("- #2 Se \\[här](http://evil) \\<b>fet\\</b> \\*stjärna\\*\n");
	}

	@Test
	void markdownListsColumnsGroupsAndCounts() {
		String md = new BoardExport(ZoneId.of("Europe/Stockholm")).markdown(TWO_COLUMNS,
				List.of(note(1, 0, 2, "Skolan", "Första\nraden"), note(2, 0, 2, "IFO", "Andra")), Map.of("note2", 2));

		assertThat(md).startsWith("# Erfarenheter\n")
			.contains("## Vad fungerar?")
			.contains("### Grupp/Group 2")
			.contains("- #2 Andra (+2)\n- #1 Första raden\n")
			.contains("## Vad saknas?");
	}

}
