package se.samverka.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One item of the archive (a meeting's agenda, a board, a poll ...), in a neutral form
 * that the page and the Markdown export both render. All text in it is as people wrote
 * it; renderers escape it.
 *
 * @param meetingId the meeting it belongs to, or null to place it by {@code at}
 * @param at when it was made, for ordering (newest first) and placing
 * @param title its heading (h4), or null for none
 */
record ArchiveEntry(String meetingId, Instant at, String title, List<Part> parts) {

	ArchiveEntry {
		Objects.requireNonNull(at, "at");
		parts = List.copyOf(parts);
	}

	ArchiveEntry withParts(List<Part> kept) {
		return new ArchiveEntry(meetingId, at, title, kept);
	}

	/** A piece of an entry. */
	sealed interface Part {

	}

	record Paragraph(String text) implements Part {
	}

	/** A list, with an optional label above it (a board's column, a question). */
	record Items(String label, List<String> lines) implements Part {

		Items {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * A table: its caption, header cells and rows of as many cells; with a chart, the
	 * page also draws one column's figures as bars above it (the table stays: it is what
	 * screen readers and the Markdown export use).
	 */
	record Table(String caption, List<String> header, List<List<String>> rows, Chart chart) implements Part {

		Table {
			header = List.copyOf(header);
			rows = rows.stream().map(List::copyOf).toList();
		}

		Table(String caption, List<String> header, List<List<String>> rows) {
			this(caption, header, rows, null);
		}

	}

	/** Which column of a table to draw as bars, and the figure a full bar stands for. */
	record Chart(int column, double max) {
	}

}
