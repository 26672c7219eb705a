package se.samverka.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed in Teams, line by line. A pasted agenda is one command over many
 * lines, so line breaks are kept while runs of spaces within a line are not. Teams puts
 * the lines either in the activity's text or, depending on the client, only in its
 * {@code text/html} attachment ({@code
 *
<p>
 * }, {@code <div>}, {@code <br>
 * }); both are read here, never rendered.
 */
final class TypedText {

	private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</?(p|div|li|ul|ol|tr|h[1-6])(\\s[^>]*)?>");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");

	private TypedText() {
	}

	/**
	 * The text with its lines kept: spaces collapsed and trimmed within each line, empty
	 * ends dropped.
	 */
	static String lines(String text) {
		String[] raw = text.replace('\u00A0', ' ').replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		List<String> lines = new ArrayList<>();
		for (String line : raw) {
			lines.add(line.replaceAll("[\\s&&[^\\n]]+", " ").strip());
		}
		while (!lines.isEmpty() && lines.get(0).isEmpty()) {
			lines.remove(0);
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return String.join("\n", lines);
	}

	/**
	 * The lines of a Teams {@code text/html} body as plain text (tags dropped, entities
	 * decoded, no empty lines).
	 */
	static String fromHtml(String html) {
		String text = BREAK.matcher(html.replace("\r", "").replace("\n", " ")).replaceAll("\n");
		text = TAG.matcher(text).replaceAll("");
		// Every block closes and opens with a break, so an empty line here is markup, not
		// typing.
		return lines(decode(text)).replaceAll("\\n{2,}", "\n");
	}

	private static String decode(String text) {
		Matcher m = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String entity(String name, String whole) {
		try {
			if (name.startsWith("#x") || name.startsWith("#X")) {
				return Character.toString(Integer.parseInt(name.substring(2), 16));
			}
			if (name.startsWith("#")) {
				return Character.toString(Integer.parseInt(name.substring(1)));
			}
		}
		catch (IllegalArgumentException ex) {
			return whole;
		}
		switch (name) {
			case "amp":
				return "&";
			case "lt":
				return "<";
			case "gt":
				return ">";
			case "quot":
				return "\"";
			case "apos":
				return "'";
			case "nbsp":
				return " ";
			default:
				return whole;
		}
	}

}
