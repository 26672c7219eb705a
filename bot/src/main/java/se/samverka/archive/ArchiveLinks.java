package se.samverka.archive;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import se.samverka.chat.Languages;
import se.samverka.chat.NetworkId;
import se.samverka.links.LinkSigner;

/**
 * Signed, expiring links to a network's archive. The token is
 * {@code <expiry>.<language>.<signature>}, the signature over the network, the expiry and
 * the language, so a token opens only its own network, only until it expires, and its
 * language cannot be changed without breaking it.
 */
@Component
class ArchiveLinks {

	private static final String PURPOSE = "archive";

	private static final Pattern TOKEN = Pattern.compile("(\\d{1,12})\\.(sv|en)\\.([A-Za-z0-9_-]{43})");

	private final LinkSigner signer;

	private final Clock clock;

	private final ArchiveSettings settings;

	ArchiveLinks(LinkSigner signer, Clock clock, ArchiveSettings settings) {
		this.signer = signer;
		this.clock = clock;
		this.settings = settings;
	}

	/** What a link was given for. */
	record Grant(Locale locale, Instant expires) {
	}

	/** Why a token opens nothing. */
	enum Refusal {

		EXPIRED, INVALID

	}

	/**
	 * A new link for the network, in {@code locale}, working for the configured time from
	 * now.
	 */
	Grant grant(Locale locale) {
		Instant expires = clock.instant().plus(settings.linkTtl()).truncatedTo(ChronoUnit.SECONDS);
		return new Grant(Languages.isEnglish(locale) ? Languages.ENGLISH : Languages.SWEDISH, expires);
	}

	String pageUrl(NetworkId network, Grant grant) {
		return signer.publicUrl() + pagePath(network) + "?t=" + token(network, grant);
	}

	static String pagePath(NetworkId network) {
		return "/archive/" + network.value();
	}

	String token(NetworkId network, Grant grant) {
		String subject = subject(network.value(), grant.expires().getEpochSecond(), grant.locale().getLanguage());
		return grant.expires().getEpochSecond() + "." + grant.locale().getLanguage() + "."
				+ signer.sign(PURPOSE, subject);
	}

	/** The grant the token carries for this network, or why there is none. */
	Checked check(String networkId, String token) {
		Matcher m = token == null ? null : TOKEN.matcher(token);
		if (m == null || !m.matches()
				|| !signer.valid(PURPOSE, subject(networkId, Long.parseLong(m.group(1)), m.group(2)), m.group(3))) {
			return new Checked(null, Refusal.INVALID);
		}
		Grant grant = new Grant(Languages.parse(m.group(2)).orElse(Languages.SWEDISH),
				Instant.ofEpochSecond(Long.parseLong(m.group(1))));
		return clock.instant().isBefore(grant.expires()) ? new Checked(grant, null)
				: new Checked(grant, Refusal.EXPIRED);
	}

	/**
	 * @param grant what the token says (also when expired), null when it is not a valid
	 * token
	 */
	record Checked(Grant grant, Refusal refusal) {

		boolean allowed() {
			return refusal == null;
		}

	}

	/** The language a token asks for, valid or not: for the refusal page. */
	static Locale languageOf(String token) {
		return token != null && token.contains(".en.") ? Languages.ENGLISH : Languages.SWEDISH;
	}

	private static String subject(String networkId, long expires, String language) {
		return networkId + ":" + expires + ":" + language;
	}

}
