package se.samverka.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InviteCodesUnitTests {

	@Test
	void codesAvoidLookAlikeCharacters() {
		InviteCodes codes = new InviteCodes();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 2000; i++) {
			String code = codes.next(InviteCodes.MEMBER_LENGTH);
			assertThat(code).hasSize(6).matches("[A-HJ-KM-NP-Z2-9]+");
			seen.add(code);
		}
		assertThat(seen).hasSizeGreaterThan(1990);
	}

	@Test
	void typedCodesIgnoreCaseAndPunctuation() {
		assertThat(InviteCodes.normalise(" k7mx-2q. ")).isEqualTo("K7MX2Q");
		assertThat(InviteCodes.normalise(null)).isEmpty();
	}

}
