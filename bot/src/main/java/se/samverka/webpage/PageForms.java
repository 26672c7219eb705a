package se.samverka.webpage;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import se.samverka.chat.PersonId;
import se.samverka.links.LinkSigner;

/**
 * What makes a form on a personal page the person's own: a token signed over the person,
 * the link the page was opened with and the day, checked on every post (a page left open
 * overnight still works; a form from another link or person does not), and a fresh nonce
 * per form, which becomes the turn's de-duplication key, so a form sent twice has one
 * effect.
 */
@Component
class PageForms {

	private static final String PURPOSE = "personal-page-form";

	private static final long WINDOW = Duration.ofDays(1).toSeconds();

	private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9-]{16,64}");

	private final LinkSigner signer;

	private final Clock clock;

	PageForms(LinkSigner signer, Clock clock) {
		this.signer = signer;
		this.clock = clock;
	}

	String csrf(PersonId person, String link) {
		return signer.sign(PURPOSE, subject(person, link, window()));
	}

	/** True for a token made for this person and link today or yesterday. */
	boolean validCsrf(PersonId person, String link, String csrf) {
		long now = window();
		return csrf != null && (signer.valid(PURPOSE, subject(person, link, now), csrf)
				|| signer.valid(PURPOSE, subject(person, link, now - 1), csrf));
	}

	static String nonce() {
		return UUID.randomUUID().toString();
	}

	static boolean validNonce(String nonce) {
		return nonce != null && NONCE.matcher(nonce).matches();
	}

	private long window() {
		return clock.instant().getEpochSecond() / WINDOW;
	}

	private static String subject(PersonId person, String link, long window) {
		return person.value() + ":" + link + ":" + window;
	}

}
