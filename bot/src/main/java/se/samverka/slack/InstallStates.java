package se.samverka.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import se.samverka.links.LinkSigner;

/**
 * The {@code state} of an OAuth install: a random nonce with an expiry, signed, and the
 * same nonce in a cookie of the browser that started the install, so a state is only good
 * in that browser, before it expires, and once (used nonces are kept in
 * {@code slack_oauth_states} until long after they expired, then removed in code).
 */
class InstallStates {

	static final String COOKIE = "samverka_slack_install";

	static final Duration VALID_FOR = Duration.ofMinutes(10);

	private static final String PURPOSE = "slack-oauth-state";

	private final LinkSigner signer;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	InstallStates(LinkSigner signer, MongoTemplate mongo, Clock clock) {
		this.signer = signer;
		this.mongo = mongo;
		this.clock = clock;
	}

	/** A new state and the nonce for the browser's cookie. */
	Issued issue() {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String subject = nonce + "." + clock.instant().plus(VALID_FOR).getEpochSecond();
		return new Issued(subject + "." + signer.sign(PURPOSE, subject), nonce);
	}

	/**
	 * Whether {@code state} is genuine, unexpired, from this browser, and not used
	 * before.
	 */
	Verdict check(String state, String cookie) {
		String[] parts = state == null ? new String[0] : state.split("\\.");
		if (parts.length != 3 || !signer.valid(PURPOSE, parts[0] + "." + parts[1], parts[2])) {
			return Verdict.FORGED;
		}
		Instant expires;
		try {
			expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
		}
		catch (NumberFormatException ex) {
			return Verdict.FORGED;
		}
		Instant now = clock.instant();
		if (now.isAfter(expires)) {
			return Verdict.EXPIRED;
		}
		if (cookie == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII),
				parts[0].getBytes(StandardCharsets.US_ASCII))) {
			return Verdict.OTHER_BROWSER;
		}
		forgetOld(now);
		try {
			mongo.insert(new UsedState(parts[0], expires));
		}
		catch (DuplicateKeyException replayed) {
			return Verdict.USED;
		}
		return Verdict.GOOD;
	}

	private void forgetOld(Instant now) {
		mongo.remove(Query.query(Criteria.where("expires").lt(now.minus(Duration.ofDays(1)))), UsedState.class);
	}

	record Issued(String state, String nonce) {
	}

	enum Verdict {

		GOOD, FORGED, EXPIRED, OTHER_BROWSER, USED

	}

	@Document("slack_oauth_states")
	record UsedState(@Id String nonce, Instant expires) {
	}

}
