package se.samverka.network;

import java.security.SecureRandom;

/**
 * Codes people type to join: upper-case letters and digits without the look-alikes 0/O
 * and 1/I/L, so a code read aloud at a meeting or copied from a slide is typed right.
 */
final class InviteCodes {

	private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	static final int MEMBER_LENGTH = 6;

	static final int ORGANISER_LENGTH = 10;

	private final SecureRandom random = new SecureRandom();

	String next(int length) {
		char[] code = new char[length];
		for (int i = 0; i < length; i++) {
			code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}

	/** What a person typed, as stored: case and surrounding punctuation do not matter. */
	static String normalise(String typed) {
		return typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}

}
