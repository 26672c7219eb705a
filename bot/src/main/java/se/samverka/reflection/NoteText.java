package se.samverka.reflection;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverka.chat.IdentityNumbers;

/**
 * What someone wrote for a note, checked: not empty, not too long, no personal identity
 * number, and on a board with several columns an optional leading {@code 2:} picking the
 * column.
 *
 * @param column the column's index (0 for the first)
 * @param problem the message key explaining why the note is refused, or null when it is
 * fine
 */
record NoteText(int column, String text, String problem) {

	static final int MAX_LENGTH = 2_000;

	private static final Pattern COLUMN = Pattern.compile("^(\\d{1,2})\\s*:\\s*(.*)$", Pattern.DOTALL);

	static NoteText parse(String typed, int columns) {
		String text = typed == null ? "" : typed.strip();
		int column = 0;
		if (columns > 1) {
			Matcher m = COLUMN.matcher(text);
			if (m.matches()) {
				int chosen = Integer.parseInt(m.group(1));
				if (chosen < 1 || chosen > columns) {
					return new NoteText(0, text, "board.note.no-such-column");
				}
				column = chosen - 1;
				text = m.group(2).strip();
			}
		}
		return new NoteText(column, text, problemWith(text));
	}

	static String problemWith(String text) {
		if (text.isEmpty()) {
			return "board.note.empty";
		}
		if (text.length() > MAX_LENGTH) {
			return "board.note.too-long";
		}
		if (IdentityNumbers.containsAny(text)) {
			return "board.note.identity-number";
		}
		return null;
	}

	boolean ok() {
		return problem == null;
	}

}
