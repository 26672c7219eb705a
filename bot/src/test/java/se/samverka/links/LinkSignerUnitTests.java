package se.samverka.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkSignerUnitTests {

	final LinkSigner signer = new LinkSigner("https://samverka.example.org/", "a-configured-secret", 3978, null);

	@Test
	void aSignatureOpensOnlyItsOwnSubjectAndPurpose() {
		String signature = signer.sign("calendar", "meeting-1");
		assertThat(signer.valid("calendar", "meeting-1", signature)).isTrue();
		assertThat(signer.valid("calendar", "meeting-2", signature)).isFalse();
		assertThat(signer.valid("board-export", "meeting-1", signature)).as("another kind of link").isFalse();
		assertThat(signer.valid("calendar", "meeting-1", null)).isFalse();
		assertThat(signer.valid("calendar", "meeting-1", "forged")).isFalse();
	}

	@Test
	void anotherKeySignsDifferently() {
		LinkSigner other = new LinkSigner("", "another-secret", 3978, null);
		assertThat(other.valid("calendar", "meeting-1", signer.sign("calendar", "meeting-1"))).isFalse();
		assertThat(signer.publicUrl()).isEqualTo("https://samverka.example.org");
		assertThat(other.publicUrl()).isEqualTo("http://localhost:3978");
	}

}
