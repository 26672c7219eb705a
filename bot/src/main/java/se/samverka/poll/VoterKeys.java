package se.samverka.poll;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import se.samverka.chat.PersonId;

/**
 * Who a vote belongs to. In an open poll that is the person; in an anonymous poll an
 * HMAC-SHA256 of poll and person with a server key, so one vote per person still holds
 * (and reminders still know who has voted) but the stored votes name nobody. The key is
 * {@code SAMVERKA_LINK_SECRET}, or else one made once and kept in MongoDB, the same on
 * every instance and after restarts.
 */
@Component
class VoterKeys {

	private final byte[] key;

	VoterKeys(@Value("${samverka.link-secret:}") String secret, MongoTemplate mongo) {
		this.key = (secret.isBlank() ? storedSecret(mongo) : secret).getBytes(StandardCharsets.UTF_8);
	}

	String of(DatePoll poll, PersonId person) {
		return poll.anonymous() ? hidden(poll.id(), person.value()) : person.value();
	}

	private String hidden(String pollId, String personId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac.doFinal(("poll-voter:" + pollId + ":" + personId).getBytes(StandardCharsets.UTF_8));
			return "anon:" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private static String storedSecret(MongoTemplate mongo) {
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		Update update = new Update().setOnInsert("value", Base64.getEncoder().encodeToString(fresh));
		StoredSecret stored = mongo.findAndModify(Query.query(Criteria.where("_id").is("poll-voters")), update,
				FindAndModifyOptions.options().upsert(true).returnNew(true), StoredSecret.class, "secrets");
		return stored.value();
	}

	record StoredSecret(String id, String value) {
	}

}
