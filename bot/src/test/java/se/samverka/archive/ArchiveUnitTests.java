package se.samverka.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverka.archive.ArchiveEntry.Items;
import se.samverka.archive.ArchiveEntry.Paragraph;
import se.samverka.archive.ArchiveEntry.Table;
import se.samverka.meeting.AgendaSlot;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meeting.MeetingState;
import se.samverka.meeting.SlotKind;

/**
 * The archive's rules without Spring: search filtering, where an entry goes, Markdown
 * escaping.
 */
class ArchiveUnitTests {

	static final Instant T = Instant.parse("2026-03-25T08:00:00Z");

	final ArchiveEntry board = new ArchiveEntry("m1", T, "Erfarenheter",
			List.of(new Paragraph("Stängd vägg"), new Items("Vad fungerar?", List.of("#1 Kontaktvägar", "#2 Rutiner")),
					new Items("Vad saknas?", List.of("#3 Tid"))));

	@Test
	void searchKeepsOnlyMatchingLinesUnderTheirLabel() {
		ArchiveEntry found = new ArchiveSearch("  RUTIN ").filter(board);
		assertThat(found.parts()).containsExactly(new Items("Vad fungerar?", List.of("#2 Rutiner")));
		assertThat(found.title()).isEqualTo("Erfarenheter");
	}

	@Test
	void searchKeepsAWholeEntryOrListWhoseHeadingMatches() {
		assertThat(new ArchiveSearch("erfarenhet").filter(board)).isEqualTo(board);
		assertThat(new ArchiveSearch("saknas").filter(board).parts())
			.containsExactly(new Items("Vad saknas?", List.of("#3 Tid")));
	}

	@Test
	void searchDropsEntriesWithNothingMatchingAndFiltersTableRows() {
		assertThat(new ArchiveSearch("zebra").filter(board)).isNull();
		ArchiveEntry poll = new ArchiveEntry(null, T, "Nästa träff", List.of(new Table("Svar",
				List.of("Alternativ", "Ja"), List.of(List.of("1. 2026-05-20", "3"), List.of("2. 2026-05-27", "1")))));
		assertThat(new ArchiveSearch("05-27").filter(poll).parts()).singleElement()
			.satisfies(t -> assertThat(((Table) t).rows()).containsExactly(List.of("2. 2026-05-27", "1")));
	}

	@Test
	void anEmptySearchShowsEverythingAndALongOneIsCut() {
		assertThat(new ArchiveSearch(null).active()).isFalse();
		assertThat(new ArchiveSearch("").filter(board)).isEqualTo(board);
		assertThat(new ArchiveSearch("x".repeat(500)).query()).hasSize(ArchiveSearch.MAX_LENGTH);
	}

	@Test
	void entriesWithoutAMeetingGoUnderTheMeetingThatHadLastBegun() {
		Meeting first = meeting("m1", 1, LocalDate.of(2026, 3, 25));
		Meeting second = meeting("m2", 2, LocalDate.of(2026, 5, 20));
		List<Meeting> meetings = List.of(second, first);
		assertThat(Archive.meetingOf(entry(null, "2026-04-01T10:00:00Z"), meetings)).isEqualTo("m1");
		assertThat(Archive.meetingOf(entry(null, "2026-06-01T10:00:00Z"), meetings)).isEqualTo("m2");
		assertThat(Archive.meetingOf(entry(null, "2026-01-01T10:00:00Z"), meetings)).as("before any: the first")
			.isEqualTo("m1");
		assertThat(Archive.meetingOf(entry("m2", "2026-01-01T10:00:00Z"), meetings)).as("its own meeting wins")
			.isEqualTo("m2");
		assertThat(Archive.meetingOf(entry(null, "2026-01-01T10:00:00Z"), List.of())).isEmpty();
	}

	@Test
	void markdownKeepsPeoplesTextOnOneLineAndInert() {
		assertThat(MeetingMarkdown.md("Se [här](http://evil) <img src=x>\n# Rubrik | *fet*"))
			.isEqualTo("Se \\[här](http://evil) \\<img src=x> # Rubrik | \\*fet\\*");
		assertThat(MeetingMarkdown.md("Barnens bästa gäller! i Kronoberg")).as("ordinary punctuation stays")
			.isEqualTo("Barnens bästa gäller! i Kronoberg");
		assertThat(MeetingMarkdown.md("# Rubrik")).isEqualTo("\\# Rubrik");
		assertThat(MeetingMarkdown.fileName(meeting("m1", 3, LocalDate.of(2021, 3, 25))))
			.isEqualTo("samverka-meeting-3-2021-03-25.md");
	}

	@Test
	void thePageEscapesEverything() {
		assertThat(ArchivePage.e("<script>\"x\" & 'y'</script>"))
			.isEqualTo("&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;");
	}

	private static ArchiveEntry entry(String meetingId, String at) {
		return new ArchiveEntry(meetingId, Instant.parse(at), null, List.of(new Paragraph("x")));
	}

	private static Meeting meeting(String id, int number, LocalDate date) {
		ZoneId zone = ZoneId.of("Europe/Stockholm");
		Instant start = date.atTime(9, 0).atZone(zone).toInstant();
		return new Meeting(id, "n1", number, "Träff", date, "",
				List.of(new AgendaSlot(LocalTime.of(9, 0), LocalTime.of(12, 0), "Välkommen", SlotKind.PLENARY,
						List.of(), "")),
				zone.getId(), MeetingState.PLANNED, start, start.plusSeconds(3 * 3600), "p1", start, start, 1);
	}

}
