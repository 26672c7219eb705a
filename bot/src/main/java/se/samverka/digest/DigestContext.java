package se.samverka.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import se.samverka.chat.NetworkId;
import se.samverka.chat.Texts;
import se.samverka.reflection.BoardHighlights;

/**
 * What a section needs to know: which network, its zone, the language the digest is
 * written in, the time it is made, and when the previous digest went out (null before the
 * first one), and the network's boards as this digest reads them (each board's notes
 * once, for every section that asks).
 */
public record DigestContext(NetworkId network, ZoneId zone, Locale locale, Instant now, Instant previousDigest,
		Texts texts, BoardHighlights.Reading boards) {

	/** A text from the message bundles in the digest's language. */
	public String t(String key, Object... arguments) {
		return texts.get(locale, key, arguments);
	}

}
