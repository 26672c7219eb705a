package se.samverka.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityNumbersUnitTests {

	@Test
	void findsTheShortAndTheTwelveDigitForms() {
		assertThat(IdentityNumbers.containsAny("Eleven 121212-1212 behöver stöd")).isTrue();
		assertThat(IdentityNumbers.containsAny("pnr 20121212-1212")).isTrue();
		assertThat(IdentityNumbers.containsAny("pnr 201212121212.")).isTrue();
		assertThat(IdentityNumbers.containsAny("äldre än 100: 121212+1212")).isTrue();
		assertThat(IdentityNumbers.containsAny("samordningsnummer 121272-1212")).isTrue();
	}

	@Test
	void leavesDatesTimesAndPhoneNumbersAlone() {
		assertThat(IdentityNumbers.containsAny("Nästa träff 2026-03-25 kl 09:00-12:00")).isFalse();
		assertThat(IdentityNumbers.containsAny("Ring 0701234567")).isFalse();
		assertThat(IdentityNumbers.containsAny("Ärende 991399-1234")).as("month 13").isFalse();
		assertThat(IdentityNumbers.containsAny("kod 123456-12345")).as("five digits after").isFalse();
	}

	@Test
	void masksOnlyTheNumber() {
		assertThat(IdentityNumbers.mask("Om 121212-1212 och 20121212-1212, tel 0701234567"))
			.isEqualTo("Om [personnummer] och [personnummer], tel 0701234567");
	}

}
