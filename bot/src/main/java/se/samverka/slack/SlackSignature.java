package se.samverka.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature, version 0: {@code v0=} + hex(HMAC-SHA256(secret, "v0:" +
 * timestamp + ":" + raw body)). A request is genuine only if the signature matches
 * (compared in constant time) and its timestamp is within five minutes of now, in either
 * direction, so a captured request cannot be replayed later.
 */
final class SlackSignature {

	static final Duration WINDOW = Duration.ofMinutes(5);

	private final byte[] secret;

	SlackSignature(String signingSecret) {
		if (signingSecret == null || signingSecret.isBlank()) {
			throw new IllegalArgumentException("A Slack signing secret is required");
		}
		this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
	}

	boolean isGenuine(String timestamp, String signature, byte[] body, Instant now) {
		if (timestamp == null || signature == null || body == null) {
			return false;
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (Math.abs(now.getEpochSecond() - seconds) > WINDOW.toSeconds()) {
			return false;
		}
		byte[] expected = sign(timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
	}

	String sign(String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
			return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
