package se.samverka.network;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.samverka.chat.Channel;
import se.samverka.chat.PersonId;
import se.samverka.chat.Sender;

/**
 * People reached by e-mail. A member invited by e-mail gets a person with the platform
 * identity {@code WEB} (their user id is derived from the address, so inviting the same
 * address twice finds the same person); a Teams or Slack member can add an address too.
 * One address belongs to one person.
 */
@Service
public class WebMembers {

	private final MongoTemplate mongo;

	private final People people;

	private final Clock clock;

	WebMembers(MongoTemplate mongo, People people, Clock clock) {
		this.mongo = mongo;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * The person behind {@code email} (already tidied with {@link EmailAddresses#tidy}):
	 * whoever has it already, or a new {@code WEB} person.
	 */
	public PersonId enrol(String email, Locale locale) {
		Optional<WebMember> known = byEmail(email);
		if (known.isPresent()) {
			return new PersonId(known.get().id());
		}
		PersonId person = people
			.identify(new Sender(Channel.WEB, "", userIdFor(email), displayNameFor(email), locale.toLanguageTag()));
		return addEmail(person, email) ? person : new PersonId(byEmail(email).orElseThrow().id());
	}

	/**
	 * Gives {@code person} the address; false when another person has it already.
	 */
	public boolean addEmail(PersonId person, String email) {
		Update update = new Update().set("email", email)
			.setOnInsert("since", clock.instant())
			.setOnInsert("emailOff", false)
			.setOnInsert("digestsByEmail", false);
		try {
			mongo.findAndModify(Query.query(Criteria.where("_id").is(person.value())), update,
					FindAndModifyOptions.options().upsert(true), WebMember.class);
			return true;
		}
		catch (DuplicateKeyException taken) {
			return byEmail(email).map(m -> m.id().equals(person.value())).orElse(false);
		}
	}

	public Optional<WebMember> of(PersonId person) {
		return Optional.ofNullable(mongo.findById(person.value(), WebMember.class));
	}

	public Optional<WebMember> byEmail(String email) {
		return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("email").is(email)), WebMember.class));
	}

	/** Stops (or restarts) all e-mail to the person. */
	public void setEmailOff(PersonId person, boolean off) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(person.value())), Update.update("emailOff", off),
				WebMember.class);
	}

	/** A steering member's choice to get digests by e-mail. */
	public void setDigestsByEmail(PersonId person, boolean byEmail) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(person.value())),
				Update.update("digestsByEmail", byEmail), WebMember.class);
	}

	/** The {@code WEB} user id for an address: stable, and not the address itself. */
	static String userIdFor(String email) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8));
			return "mail-" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * A name to start with, from the address's local part: {@code anna.svensson} gives
	 * "Anna Svensson". The person can change it on their page.
	 */
	static String displayNameFor(String email) {
		String local = email.substring(0, email.indexOf('@'));
		StringBuilder name = new StringBuilder();
		for (String part : local.split("[._+-]+")) {
			if (part.isEmpty()) {
				continue;
			}
			if (!name.isEmpty()) {
				name.append(' ');
			}
			name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return name.isEmpty() ? local : name.toString();
	}

}
