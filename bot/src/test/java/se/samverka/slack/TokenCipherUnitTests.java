package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Bot tokens encrypted at rest: round trip, and every way a wrong read must fail. */
class TokenCipherUnitTests {

	static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	final TokenCipher cipher = new TokenCipher(newKey());

	@Test
	void decryptsWhatItEncrypted() {
		String sealed = cipher.encrypt("xoxb-1234-secret", "T-A");
		assertThat(sealed).startsWith("v1:").doesNotContain("xoxb").doesNotContain("secret");
		assertThat(cipher.decrypt(sealed, "T-A")).isEqualTo("xoxb-1234-secret");
	}

	@Test
	void encryptsTheSameTokenDifferentlyEachTime() {
		assertThat(cipher.encrypt("xoxb-same", "T-A")).isNotEqualTo(cipher.encrypt("xoxb-same", "T-A"));
	}

	@Test
	void anotherKeyCannotRead() {
		String sealed = cipher.encrypt("xoxb-1234-secret", "T-A");
		assertThatThrownBy(() -> new TokenCipher(newKey()).decrypt(sealed, "T-A"))
			.isInstanceOf(TokenCipher.Unreadable.class)
			.hasMessageNotContaining("xoxb");
	}

	@Test
	void aTamperedTokenIsRefused() {
		String sealed = cipher.encrypt("xoxb-1234-secret", "T-A");
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
		bytes[bytes.length - 5] ^= 1;
		String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
		assertThatThrownBy(() -> cipher.decrypt(tampered, "T-A")).isInstanceOf(TokenCipher.Unreadable.class);
		assertThatThrownBy(() -> cipher.decrypt("xoxb-plain", "T-A")).isInstanceOf(TokenCipher.Unreadable.class);
		assertThatThrownBy(() -> cipher.decrypt("v1:AAAA", "T-A")).isInstanceOf(TokenCipher.Unreadable.class);
	}

	@Test
	void aTokenMovedToAnotherWorkspaceIsRefused() {
		String sealed = cipher.encrypt("xoxb-1234-secret", "T-A");
		assertThatThrownBy(() -> cipher.decrypt(sealed, "T-B")).isInstanceOf(TokenCipher.Unreadable.class);
	}

	@Test
	void refusesAKeyThatIsNot32BytesOfBase64() {
		assertThatIllegalStateException().isThrownBy(() -> new TokenCipher("not base64!"))
			.withMessageContaining("SLACK_TOKEN_KEY");
		assertThatIllegalStateException()
			.isThrownBy(() -> new TokenCipher(Base64.getEncoder().encodeToString(new byte[16])))
			.withMessageContaining("32 bytes");
	}

}
