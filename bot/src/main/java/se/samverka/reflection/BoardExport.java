package se.samverka.reflection;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.samverka.chat.CsvText;
import se.samverka.chat.MarkdownText;

/**
 * A board as files: Markdown to read and CSV for a spreadsheet (Swedish Excel's dialect:
 * byte order mark, semicolons). Shown notes only, with column, group and +1 count; no
 * authors or organisations. CSV cells that a spreadsheet would run as a formula are
 * defused with a leading apostrophe.
 */
final class BoardExport {

	private static final List<String> HEADER = List.of("number", "column", "group", "text", "plus_ones", "created",
			"edited");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final ZoneId zone;

	BoardExport(ZoneId zone) {
		this.zone = zone;
	}

	String markdown(Board board, List<Note> notes, Map<String, Integer> plusOnes) {
		StringBuilder md = new StringBuilder("# ").append(md(board.title())).append("\n");
		for (Gathering.Column column : Gathering.of(board, notes, plusOnes)) {
			md.append("\n## ").append(md(column.name())).append("\n");
			for (Gathering.Group group : column.groups()) {
				md.append("\n### ").append(group.group() == null ? "–" : "Grupp/Group " + group.group()).append("\n\n");
				for (Gathering.Ranked r : group.notes()) {
					md.append("- #").append(r.note().number()).append(" ").append(md(r.note().text()));
					md.append(r.plusOnes() > 0 ? " (+" + r.plusOnes() + ")" : "").append("\n");
				}
			}
		}
		return md.toString();
	}

	/** As Swedish Excel opens it with a double click ({@link CsvText}). */
	String csv(Board board, List<Note> notes, Map<String, Integer> plusOnes) {
		StringBuilder csv = new StringBuilder(CsvText.BOM).append(CsvText.line(HEADER));
		for (Note note : notes) {
			List<String> fields = List.of(Integer.toString(note.number()),
					cell(board.columns().get(Math.min(note.column(), board.columns().size() - 1))),
					note.group() == null ? "" : note.group().toString(), cell(note.text()),
					Integer.toString(plusOnes.getOrDefault(note.id(), 0)), MINUTE.format(note.createdAt().atZone(zone)),
					note.editedAt() == null ? "" : MINUTE.format(note.editedAt().atZone(zone)));
			csv.append(CsvText.line(fields));
		}
		return csv.toString();
	}

	static String cell(String value) {
		return CsvText.cell(value);
	}

	/** One line, with what Markdown would act on escaped and nothing else. */
	private static String md(String text) {
		return MarkdownText.escape(text.replaceAll("\\s*\\R\\s*", " "));
	}

}
