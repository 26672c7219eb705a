package se.samverka.reflection;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A board as files: Markdown to read and CSV for a spreadsheet. Shown notes only, with
 * column, group and +1 count; no authors or organisations. CSV cells that a spreadsheet
 * would run as a formula are defused with a leading apostrophe.
 */
final class BoardExport {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final ZoneId zone;

	BoardExport(ZoneId zone) {
		this.zone = zone;
	}

	String markdown(Board board, List<Note> notes, Map<String, Integer> plusOnes) {
		StringBuilder md = new StringBuilder("# ").append(oneLine(board.title())).append("\n");
		for (Gathering.Column column : Gathering.of(board, notes, plusOnes)) {
			md.append("\n## ").append(oneLine(column.name())).append("\n");
			for (Gathering.Group group : column.groups()) {
				md.append("\n### ").append(group.group() == null ? "–" : "Grupp/Group " + group.group()).append("\n\n");
				for (Gathering.Ranked r : group.notes()) {
					md.append("- #").append(r.note().number()).append(" ").append(oneLine(r.note().text()));
					md.append(r.plusOnes() > 0 ? " (+" + r.plusOnes() + ")" : "").append("\n");
				}
			}
		}
		return md.toString();
	}

	String csv(Board board, List<Note> notes, Map<String, Integer> plusOnes) {
		StringBuilder csv = new StringBuilder("number,column,group,text,plus_ones,created,edited\r\n");
		for (Note note : notes) {
			csv.append(note.number())
				.append(',')
				.append(cell(board.columns().get(Math.min(note.column(), board.columns().size() - 1))))
				.append(',')
				.append(note.group() == null ? "" : note.group())
				.append(',')
				.append(cell(note.text()))
				.append(',')
				.append(plusOnes.getOrDefault(note.id(), 0))
				.append(',')
				.append(MINUTE.format(note.createdAt().atZone(zone)))
				.append(',')
				.append(note.editedAt() == null ? "" : MINUTE.format(note.editedAt().atZone(zone)))
				.append("\r\n");
		}
		return csv.toString();
	}

	static String cell(String value) {
		String safe = value.matches("(?s)^[=+\\-@\\t\\r].*") ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s*\\R\\s*", " ");
	}

}
