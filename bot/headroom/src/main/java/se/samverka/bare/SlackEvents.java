package se.samverka.bare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /slack/events}: the raw body read as bytes (the signature covers exactly
 * those), Slack's v0 signature and five-minute window checked, then an empty 200, the
 * acknowledgement Slack waits for. 401 for anything not signed with the secret.
 */
@RestController
class SlackEvents {

	private static final long WINDOW_SECONDS = 300;

	private static final int MAX_BODY = 1_000_000;

	private final byte[] secret;

	SlackEvents(@Value("${SLACK_SIGNING_SECRET}") String secret) {
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	@PostMapping("/slack/events")
	ResponseEntity<Void> receive(HttpServletRequest request) throws IOException {
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(MAX_BODY + 1);
		}
		if (body.length > MAX_BODY) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
		}
		String timestamp = request.getHeader("X-Slack-Request-Timestamp");
		String signature = request.getHeader("X-Slack-Signature");
		if (!genuine(timestamp, signature, body)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		return ResponseEntity.ok().build();
	}

	private boolean genuine(String timestamp, String signature, byte[] body) {
		if (timestamp == null || signature == null) {
			return false;
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (Math.abs(System.currentTimeMillis() / 1000 - seconds) > WINDOW_SECONDS) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			mac.update(("v0:" + timestamp.strip() + ":").getBytes(StandardCharsets.UTF_8));
			byte[] expected = ("v0=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.US_ASCII);
			return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
