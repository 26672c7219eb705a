package se.samverka.links;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import se.samverka.chat.PersonId;

/**
 * Links to a person's own web page. The token is
 * {@code <person id>.<expiry>.<version>.<signature>}, signed over all three, so it opens
 * only that person's page and only until it expires. Revoking a person's links raises
 * their version: every link given before opens nothing from then on.
 */
@Component
public class PersonalLinks {

	/** Where the page lives; the token follows. */
	public static final String PATH = "/p/";

	private static final String PURPOSE = "personal-page";

	private static final Pattern TOKEN = Pattern.compile(
			"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.(\\d{1,12})\\.(\\d{1,9})\\.([A-Za-z0-9_-]{43})");

	private final LinkSigner signer;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final PersonalLinkSettings settings;

	PersonalLinks(LinkSigner signer, MongoTemplate mongo, Clock clock, PersonalLinkSettings settings) {
		this.signer = signer;
		this.mongo = mongo;
		this.clock = clock;
		this.settings = settings;
	}

	/** Why a token opens nothing. */
	public enum Refusal {

		/** Not a token this instance gave (or altered). */
		INVALID,
		/** Too old: a new link can be asked for. */
		EXPIRED,
		/** The person's links were revoked after this one was given. */
		REVOKED

	}

	/**
	 * @param person whose page the token opens, null when the token is invalid
	 * @param expires when it stops working, null when invalid
	 * @param refusal why it opens nothing, or null when it opens the page
	 */
	public record Checked(PersonId person, Instant expires, Refusal refusal) {

		public boolean allowed() {
			return refusal == null;
		}

	}

	/** A fresh link to the person's page, working for the configured time from now. */
	public String url(PersonId person) {
		return signer.publicUrl() + PATH + token(person);
	}

	public String token(PersonId person) {
		Instant expires = clock.instant().plus(settings.linkTtl()).truncatedTo(ChronoUnit.SECONDS);
		long version = version(person);
		String subject = subject(person.value(), expires.getEpochSecond(), version);
		return person.value() + "." + expires.getEpochSecond() + "." + version + "." + signer.sign(PURPOSE, subject);
	}

	public Checked check(String token) {
		Matcher m = token == null ? null : TOKEN.matcher(token);
		if (m == null || !m.matches()) {
			return new Checked(null, null, Refusal.INVALID);
		}
		long expiry = Long.parseLong(m.group(2));
		long version = Long.parseLong(m.group(3));
		if (!signer.valid(PURPOSE, subject(m.group(1), expiry, version), m.group(4))) {
			return new Checked(null, null, Refusal.INVALID);
		}
		PersonId person = new PersonId(m.group(1));
		Instant expires = Instant.ofEpochSecond(expiry);
		if (version != version(person)) {
			return new Checked(person, expires, Refusal.REVOKED);
		}
		if (!clock.instant().isBefore(expires)) {
			return new Checked(person, expires, Refusal.EXPIRED);
		}
		return new Checked(person, expires, null);
	}

	/** Every link given to the person so far opens nothing from now on. */
	public void revoke(PersonId person) {
		mongo.findAndModify(Query.query(Criteria.where("_id").is(person.value())), new Update().inc("version", 1),
				FindAndModifyOptions.options().upsert(true), LinkVersion.class);
	}

	private long version(PersonId person) {
		LinkVersion stored = mongo.findById(person.value(), LinkVersion.class);
		return stored == null ? 0 : stored.version();
	}

	private static String subject(String person, long expiry, long version) {
		return person + ":" + expiry + ":" + version;
	}

	@Document("personalLinks")
	record LinkVersion(@Id String id, long version) {
	}

}
