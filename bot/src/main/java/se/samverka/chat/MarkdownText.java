package se.samverka.chat;

import java.util.regex.Pattern;

/**
 * People's text made inert inside Markdown, for every Markdown file Samverka writes
 * (board exports, the archive, digests), escaping only what Markdown would act on: a
 * backslash before code, emphasis, links, HTML, entities and strikethrough anywhere, and
 * before a heading, quote or list marker at the start of a line. Ordinary punctuation
 * ("Barnens bästa gäller!", "10.00-10.15", "ca 30 min.") stays as it was written.
 */
public final class MarkdownText {

	/**
	 * What starts a block at the start of a line: heading, quote, bullet, numbered item,
	 * underline or rule. Group 2 is the character to escape.
	 */
	private static final Pattern BLOCK_START = Pattern
		.compile("^(\\s*(?:\\d{1,9}(?=[.)](?:\\s|$)))?)(#(?=#{0,5}(?:\\s|$))|>|[-+](?=\\s|$)|[.)]|=+$|-{2,})");

	private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

	private MarkdownText() {
	}

	/**
	 * The text escaped line by line; line breaks are kept (a caller that wants one line
	 * joins first).
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 8);
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.append('\n');
			}
			out.append(line(lines[i], true));
		}
		return out.toString();
	}

	/**
	 * For a table cell (one line): also the pipe, which would end the cell; nothing
	 * starts a block there, so "1. 2026-05-20" stays as written.
	 */
	public static String cell(String text) {
		return line(text == null ? "" : text.replaceAll("\\R", " "), false).replace("|", "\\|");
	}

	private static String line(String line, boolean lineStart) {
		boolean strike = line.indexOf('~') != line.lastIndexOf('~');
		StringBuilder out = new StringBuilder(line.length() + 4);
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			char before = i > 0 ? line.charAt(i - 1) : ' ';
			char after = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
			boolean escape = switch (c) {
				case '`', '*', '[', '<' -> true;
				// inside a word (snake_case) an underscore is no emphasis
				case '_' -> !Character.isLetterOrDigit(before) || !Character.isLetterOrDigit(after);
				case '\\' -> isAsciiPunctuation(after);
				case '~' -> strike;
				default -> false;
			};
			if (escape) {
				out.append('\\');
			}
			out.append(c);
		}
		String escaped = ENTITY.matcher(out).replaceAll("\\\\&");
		java.util.regex.Matcher start = BLOCK_START.matcher(escaped);
		if (lineStart && start.find()) {
			return escaped.substring(0, start.start(2)) + "\\" + escaped.substring(start.start(2));
		}
		return escaped;
	}

	private static boolean isAsciiPunctuation(char c) {
		return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
	}

}
