package se.samverka.reflection;

import java.net.URLEncoder;
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
 * Links to a board's export files that only people the bot gave them to can open: the board id
 * signed with HMAC-SHA256, as the meetings' calendar links are. The key is
 * {@code SAMVERKA_LINK_SECRET}, or else one made once and kept in MongoDB.
 */
@Component
class ExportLinks {

	private final String publicUrl;

	private final byte[] key;

	ExportLinks(@Value("${samverka.public-url:}") String publicUrl, @Value("${samverka.link-secret:}") String secret,
			@Value("${server.port:3978}") int port, MongoTemplate mongo) {
		this.publicUrl = publicUrl.isBlank() ? "http://localhost:" + port : publicUrl.replaceAll("/+$", "");
		this.key = (secret.isBlank() ? storedSecret(mongo) : secret).getBytes(StandardCharsets.UTF_8);
	}

	/** @param format "md" or "csv" */
	String linkTo(Board board, String format) {
		return publicUrl + "/boards/export." + format + "?board=" + URLEncoder.encode(board.id(), StandardCharsets.UTF_8)
				+ "&sig=" + signature(board.id());
	}

	boolean valid(String boardId, String signature) {
		if (boardId == null || signature == null) {
			return false;
		}
		return MessageDigest.isEqual(signature(boardId).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private String signature(String boardId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac.doFinal(("board-export:" + boardId).getBytes(StandardCharsets.UTF_8));
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
		StoredSecret stored = mongo.findAndModify(Query.query(Criteria.where("_id").is("board-export-links")), update,
				FindAndModifyOptions.options().upsert(true).returnNew(true), StoredSecret.class, "secrets");
		return stored.value();
	}

	record StoredSecret(String id, String value) {
	}

}
