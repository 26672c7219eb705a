package se.samverka.meeting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
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

/**
 * Links to a meeting's calendar file that only people the bot gave them to can open: the meeting id
 * signed with HMAC-SHA256. The key is {@code SAMVERKA_LINK_SECRET}, or else one made once and kept
 * in MongoDB, so links survive restarts and work on every instance.
 */
@Component
public class CalendarLinks {

	private final String publicUrl;

	private final byte[] key;

	CalendarLinks(@Value("${samverka.public-url:}") String publicUrl, @Value("${samverka.link-secret:}") String secret,
			@Value("${server.port:3978}") int port, MongoTemplate mongo) {
		this.publicUrl = publicUrl.isBlank() ? "http://localhost:" + port : publicUrl.replaceAll("/+$", "");
		this.key = (secret.isBlank() ? storedSecret(mongo) : secret).getBytes(StandardCharsets.UTF_8);
	}

	/** The signed link to the meeting's calendar file, for anyone the bot gives it to. */
	public String linkTo(Meeting meeting) {
		return publicUrl + "/calendar/" + meeting.id() + ".ics?sig=" + signature(meeting.id());
	}

	boolean valid(String meetingId, String signature) {
		if (signature == null) {
			return false;
		}
		return MessageDigest.isEqual(signature(meetingId).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private String signature(String meetingId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac.doFinal(("calendar:" + meetingId).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private static String storedSecret(MongoTemplate mongo) {
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		Update update = new Update().setOnInsert("value", Base64.getEncoder().encodeToString(fresh));
		StoredSecret stored = mongo.findAndModify(Query.query(Criteria.where("_id").is("calendar-links")), update,
				FindAndModifyOptions.options().upsert(true).returnNew(true), StoredSecret.class, "secrets");
		return stored.value();
	}

	record StoredSecret(String id, String value) {
	}

}
