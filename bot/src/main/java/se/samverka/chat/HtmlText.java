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

}
