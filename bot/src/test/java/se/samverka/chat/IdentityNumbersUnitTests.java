package se.samverka.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every example is made up. The check digits were worked out by hand (weights 2, 1, 2, …
 * over YYMMDDNNN) and {@link #theExamplesCheckDigitsAreWhatTheTableSays} works them out
 * again, independently of the class under test.
 */
class IdentityNumbersUnitTests {

	@ParameterizedTest(name = "{0} → {1} ({2})")
	@CsvSource(delimiter = '|', textBlock = """
			Eleven 120315-1236 behöver stöd   | true  | hyphen, Luhn right
			Eleven 120315-1234 behöver stöd   | true  | hyphen, Luhn wrong: still a number about a child
			pnr 20120315-1236                 | true  | twelve digits, hyphen
			äldre än 100: 120315+1236         | true  | plus
			pnr 120315 1236                   | true  | space
			pnr 120315 1234                   | true  | space, Luhn wrong, as with the hyphen
			pnr 20120315 1236.                | true  | twelve digits, space
			samordningsnummer 120375-1233     | true  | day + 60, hyphen
			samordningsnummer 120375 1233     | true  | day + 60, space
			pnr 1203151236                    | true  | ten bare digits, valid date and Luhn
			pnr 201203151236.                 | true  | twelve bare digits, valid date and Luhn
			samordningsnummer 1203751233      | true  | ten bare digits, day + 60
			född 201202291231                 | true  | 29 February of a leap year
			Ärende 991399-1234                | false | hyphen, month 13
			Ärende 121315 1234                | false | space, month 13
			Ärende 120392 1234                | false | space, day 92
			kod 123456-12345                  | false | five digits after the hyphen
			kod 120315 12345                  | false | five digits after the space
			Ring 0701234567                   | false | phone number: Luhn wrong
			Summa 1500000000 kr               | false | amount: month 00
			pnr 1203151234                    | false | ten bare digits, Luhn wrong
			pnr 201203151234                  | false | twelve bare digits, Luhn wrong
			pnr 1213151234                    | false | ten bare digits, month 13 (Luhn right)
			pnr 1302301237                    | false | ten bare digits, 30 February (Luhn right)
			pnr 201302291230                  | false | 29 February of a common year (Luhn right)
			pnr 1302291230                    | false | 29 February in neither 1913 nor 2013 (Luhn right)
			pnr 1203921232                    | false | ten bare digits, day 92 (Luhn right)
			Nästa träff 2026-03-25 kl 09:00-12:00 | false | a date and times
			Vi var 120 315 personer och 1 234 lappar | false | ordinary numbers
			""")
	void findsIdentityNumbersInEveryFormAndNothingElse(String text, boolean found, String why) {
		assertThat(IdentityNumbers.containsAny(text)).as(why).isEqualTo(found);
		assertThat(IdentityNumbers.mask(text).contains(IdentityNumbers.MASK)).as("masked: " + why).isEqualTo(found);
	}

	@Test
	void theExamplesCheckDigitsAreWhatTheTableSays() {
		assertThat(checkDigit("120315123")).isEqualTo(6);
		assertThat(checkDigit("120375123")).isEqualTo(3);
		assertThat(checkDigit("120229123")).isEqualTo(1);
		assertThat(checkDigit("121315123")).isEqualTo(4);
		assertThat(checkDigit("130230123")).isEqualTo(7);
		assertThat(checkDigit("130229123")).isEqualTo(0);
		assertThat(checkDigit("120392123")).isEqualTo(2);
		assertThat(checkDigit("070123456")).as("the phone number above fails the check").isNotEqualTo(7);
	}

	@Test
	void findsTheWellKnownTestNumberInEveryForm() {
		assertThat(IdentityNumbers.containsAny("Eleven 121212-1212 behöver stöd")).isTrue();
		assertThat(IdentityNumbers.containsAny("pnr 20121212-1212")).isTrue();
		assertThat(IdentityNumbers.containsAny("pnr 201212121212.")).isTrue();
		assertThat(IdentityNumbers.containsAny("pnr 121212 1212")).isTrue();
		assertThat(IdentityNumbers.containsAny("samordningsnummer 121272-1212")).isTrue();
	}

	@Test
	void masksOnlyTheNumber() {
		assertThat(IdentityNumbers.mask("Om 121212-1212, 20120315 1236 och 1203151236, tel 0701234567"))
			.isEqualTo("Om [personnummer], [personnummer] och [personnummer], tel 0701234567");
		assertThat(IdentityNumbers.mask(null)).isNull();
	}

	/** Luhn, written out again so the table does not trust the class it tests. */
	private static int checkDigit(String nineDigits) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int product = Character.digit(nineDigits.charAt(i), 10) * (i % 2 == 0 ? 2 : 1);
			sum += product > 9 ? product - 9 : product;
		}
		return (10 - sum % 10) % 10;
	}

}
