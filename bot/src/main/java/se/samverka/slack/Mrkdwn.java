package se.samverka.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * Slack's mrkdwn, made safe for text the bot did not write. Only {@code &}, {@code <} and
 * {@code >} are escaped, as Slack asks: then {@code <!channel>}, {@code <@U1>} or
 * {@code <http://evil|harmless>} typed by a person show as typed and never ping or
 * disguise a link.
 */
final class Mrkdwn {

	private Mrkdwn() {
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Escapes {@code text} and cuts it into pieces of at most {@code limit} characters
	 * each, never inside an escape, preferably at a line break or a space.
	 */
	static List<String> escapeAndSplit(String text, int limit) {
		List<String> pieces = new ArrayList<>();
		StringBuilder piece = new StringBuilder();
		int lastBreak = -1;
		for (int i = 0; i < text.length(); i++) {
			String escaped = escape(String.valueOf(text.charAt(i)));
			if (piece.length() + escaped.length() > limit) {
				int cut = lastBreak > limit * 4 / 5 ? lastBreak : piece.length();
				pieces.add(piece.substring(0, cut).stripTrailing());
				String rest = piece.substring(cut).stripLeading();
				piece.setLength(0);
				piece.append(rest);
				lastBreak = -1;
			}
			piece.append(escaped);
			if (Character.isWhitespace(text.charAt(i))) {
				lastBreak = piece.length();
			}
		}
		if (!piece.isEmpty() || pieces.isEmpty()) {
			pieces.add(piece.toString());
		}
		pieces.removeIf(String::isEmpty);
		if (pieces.isEmpty()) {
			pieces.add(" ");
		}
		return pieces;
	}

	/** At most {@code limit} characters, with an ellipsis when something was cut. */
	static String truncate(String text, int limit) {
		return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
	}

}
