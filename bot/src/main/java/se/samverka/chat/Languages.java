package se.samverka.chat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Samverka speaks: Swedish (the default) and English. */
public final class Languages {

	public static final Locale SWEDISH = Locale.forLanguageTag("sv");

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> SUPPORTED = List.of(SWEDISH, ENGLISH);

	private Languages() {
	}

	public static boolean isEnglish(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	/**
	 * Understands {@code sv}, {@code en}, {@code sv-SE}, {@code svenska}, {@code English}
	 * and the like.
	 */
	public static Optional<Locale> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		if (t.equals("sv") || t.startsWith("sv-") || t.equals("svenska") || t.equals("swedish")) {
			return Optional.of(SWEDISH);
		}
		if (t.equals("en") || t.startsWith("en-") || t.equals("english") || t.equals("engelska")) {
			return Optional.of(ENGLISH);
		}
		return Optional.empty();
	}

}
