package se.samverka.links;

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
 * Links that only the people the bot gave them to can open (a calendar file, a board
 * export): the subject signed with HMAC-SHA256 for one purpose, so a signature for one
 * kind of link opens no other. The key is {@code SAMVERKA_LINK_SECRET}, or else one made
 * once and kept in MongoDB, so links survive restarts and work on every instance.
 */
@Component
public class LinkSigner {

	private final String publicUrl;

	private final byte[] key;

	LinkSigner(@Value("${samverka.public-url:}") String publicUrl, @Value("${samverka.link-secret:}") String secret,
			@Value("${server.port:3978}") int port, MongoTemplate mongo) {
		this.publicUrl = publicUrl.isBlank() ? "http://localhost:" + port : publicUrl.replaceAll("/+$", "");
		this.key = (secret.isBlank() ? storedSecret(mongo) : secret).getBytes(StandardCharsets.UTF_8);
	}

	/** Where people reach this instance, without a trailing slash. */
	public String publicUrl() {
		return publicUrl;
	}

	public String sign(String purpose, String subject) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac.doFinal((purpose + ":" + subject).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/** Compared in constant time. */
	public boolean valid(String purpose, String subject, String signature) {
		if (subject == null || signature == null) {
			return false;
		}
		return MessageDigest.isEqual(sign(purpose, subject).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private static String storedSecret(MongoTemplate mongo) {
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		Update update = new Update().setOnInsert("value", Base64.getEncoder().encodeToString(fresh));
		StoredSecret stored = mongo.findAndModify(Query.query(Criteria.where("_id").is("link-signing")), update,
				FindAndModifyOptions.options().upsert(true).returnNew(true), StoredSecret.class, "secrets");
		return stored.value();
	}

	record StoredSecret(String id, String value) {
	}

}
