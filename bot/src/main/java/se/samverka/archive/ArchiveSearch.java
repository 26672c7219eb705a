package se.samverka.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.samverka.archive.ArchiveEntry.Items;
import se.samverka.archive.ArchiveEntry.Paragraph;
import se.samverka.archive.ArchiveEntry.Part;
import se.samverka.archive.ArchiveEntry.Table;

/**
 * The archive's search: case-insensitive text matching. An entry whose title matches
 * stays whole; otherwise only its matching lines, rows and paragraphs stay (a list or
 * table keeps its label), and an entry with none left goes.
 */
record ArchiveSearch(String query) {

	static final int MAX_LENGTH = 200;

	ArchiveSearch {
		query = query == null ? "" : query.strip();
		if (query.length() > MAX_LENGTH) {
			query = query.substring(0, MAX_LENGTH);
		}
	}

	boolean active() {
		return !query.isEmpty();
	}

	boolean matches(String text) {
		return !active() || (text != null && fold(text).contains(fold(query)));
	}

	/** The entry as the search shows it, or null when nothing in it matches. */
	ArchiveEntry filter(ArchiveEntry entry) {
		if (!active() || matches(entry.title())) {
			return entry;
		}
		List<Part> kept = new ArrayList<>();
		for (Part part : entry.parts()) {
			Part left = filter(part);
			if (left != null) {
				kept.add(left);
			}
		}
		return kept.isEmpty() ? null : entry.withParts(kept);
	}

	private Part filter(Part part) {
		if (part instanceof Paragraph p) {
			return matches(p.text()) ? p : null;
		}
		if (part instanceof Items items) {
			if (items.label() != null && matches(items.label())) {
				return items;
			}
			List<String> lines = items.lines().stream().filter(this::matches).toList();
			return lines.isEmpty() ? null : new Items(items.label(), lines);
		}
		Table table = (Table) part;
		List<List<String>> rows = table.rows().stream().filter(r -> r.stream().anyMatch(this::matches)).toList();
		return rows.isEmpty() ? null : new Table(table.caption(), table.header(), rows, table.chart());
	}

	private static String fold(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
