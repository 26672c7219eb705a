package se.samverka.chat;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as Swedish Excel opens it with a double click (board exports, the homework status):
 * a UTF-8 byte order mark (else å, ä and ö come out garbled), semicolons between fields
 * (Excel's separator where the decimal mark is a comma), every text quoted, CRLF line
 * ends. A cell a spreadsheet would run as a formula is defused with a leading apostrophe.
 */
public final class CsvText {

	public static final String BOM = "\uFEFF";

	public static final String SEPARATOR = ";";

	private static final Pattern FORMULA = Pattern.compile("(?s)^[=+\\-@\\t\\r].*");

	private CsvText() {
	}

	/** A quoted text cell. */
	public static String cell(String value) {
		String safe = FORMULA.matcher(value).matches() ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	/** One line of fields already made cells (or numbers), with its CRLF. */
	public static String line(List<String> fields) {
		return String.join(SEPARATOR, fields) + "\r\n";
	}

}
