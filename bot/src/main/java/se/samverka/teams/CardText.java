package se.samverka.teams;

import java.util.regex.Pattern;

/**
 * Makes user text safe for an Adaptive Card TextBlock, which Teams reads as Markdown: a
 * typed {@code [harmless](https://evil)} must not become a disguised link, and a typed
 * {@code <at>} must not look like a mention. A zero-width space breaks the syntax and
 * leaves the text readable.
 */
final class CardText {

	private static final String BREAK = "\u200B";

	private static final Pattern LINK = Pattern.compile("\\](\\s*)\\(");

	private static final Pattern MENTION = Pattern.compile("<(/?at)", Pattern.CASE_INSENSITIVE);

	private CardText() {
	}

	static String safe(String text) {
		if (text == null) {
			return "";
		}
		String unlinked = LINK.matcher(text).replaceAll("]" + BREAK + "$1(");
		return MENTION.matcher(unlinked).replaceAll("<" + BREAK + "$1");
	}

}
