package se.samverka.chat;

/**
 * People's text made safe inside HTML, for every page Samverka renders itself
 * (playground, archive).
 */
public final class HtmlText {

	private HtmlText() {
	}

	/** Escapes for both element text and quoted attribute values; null becomes "". */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * The start of a page Samverka serves itself, up to and including the skip link to
	 * {@code #main}: language, viewport, kept out of search engines, one style sheet of
	 * its own.
	 */
	public static void openPage(StringBuilder html, java.util.Locale locale, String title, String stylesheet,
			String skipLabel) {
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(locale.getLanguage())
			.append("\">\n<head>\n")
			.append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<meta name=\"robots\" content=\"noindex, nofollow\">\n<title>")
			.append(escape(title))
			.append("</title>\n")
			.append("<link rel=\"stylesheet\" href=\"")
			.append(escape(stylesheet))
			.append("\">\n</head>\n<body>\n")
			.append("<a class=\"skip\" href=\"#main\">")
			.append(escape(skipLabel))
			.append("</a>\n");
	}

}
