package se.samverka.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bot tokens at rest: AES-256-GCM with the key from {@code SLACK_TOKEN_KEY}, a fresh
 * 12-byte nonce per token, and the workspace's id as associated data, so a token copied
 * into another workspace's installation does not decrypt. Stored as {@code v1:} and the
 * nonce and ciphertext in base64.
 */
final class TokenCipher {

	private static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	TokenCipher(String base64Key) {
		byte[] raw;
		try {
			raw = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("SLACK_TOKEN_KEY is not base64; make one with `openssl rand -base64 32`");
		}
		if (raw.length != 32) {
			throw new IllegalStateException("SLACK_TOKEN_KEY must be 32 bytes in base64 (it is " + raw.length
					+ "); make one with `openssl rand -base64 32`");
		}
		this.key = new SecretKeySpec(raw, "AES");
	}

	String encrypt(String token, String team) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, team);
			byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every JDK", ex);
		}
	}

	/**
	 * The token, or {@link Unreadable} when it was sealed with another key, for another
	 * workspace, or changed since.
	 */
	String decrypt(String stored, String team) {
		if (stored == null || !stored.startsWith(PREFIX)) {
			throw new Unreadable("not an encrypted token");
		}
		byte[] all;
		try {
			all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new Unreadable("not base64");
		}
		if (all.length <= NONCE_BYTES + TAG_BITS / 8) {
			throw new Unreadable("too short");
		}
		ByteBuffer buffer = ByteBuffer.wrap(all);
		byte[] nonce = new byte[NONCE_BYTES];
		buffer.get(nonce);
		byte[] sealed = new byte[buffer.remaining()];
		buffer.get(sealed);
		try {
			return new String(cipher(Cipher.DECRYPT_MODE, nonce, team).doFinal(sealed), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new Unreadable("wrong key, wrong workspace or altered");
		}
	}

	private Cipher cipher(int mode, byte[] nonce, String team) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD((team == null ? "" : team).getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	/** A stored token that cannot be decrypted with this key. */
	static final class Unreadable extends RuntimeException {

		Unreadable(String reason) {
			super("Stored Slack token cannot be read: " + reason);
		}

	}

}
