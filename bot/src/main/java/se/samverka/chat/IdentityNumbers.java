package se.samverka.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish personal identity numbers (personnummer, and samordningsnummer with day + 60)
 * in free text: YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN and YYYYMMDDNNNN with a plausible
 * month and day. Data about individual children does not belong in a network's notes or
 * memory, so notes holding one are refused and stored texts have them masked. The check
 * is on shape, deliberately without the Luhn digit: a mistyped number is still a number
 * about a child.
 */
public final class IdentityNumbers {

	/**
	 * YYMMDD-NNNN (a separator is needed: ten bare digits are more often a phone number),
	 * or the 12-digit form.
	 */
	private static final Pattern SHAPE = Pattern
		.compile("(?<![\\d-])(?:(?:19|20)\\d{2}(\\d{2})(\\d{2})[-+]?|\\d{2}(\\d{2})(\\d{2})[-+])\\d{4}(?![\\d-])");

	static final String MASK = "[personnummer]";

	private IdentityNumbers() {
	}

	public static boolean containsAny(String text) {
		Matcher m = SHAPE.matcher(text);
		while (m.find()) {
			if (plausible(m)) {
				return true;
			}
		}
		return false;
	}

	/** The text with every identity number replaced by a marker. */
	public static String mask(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = SHAPE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out,
					plausible(m) ? Matcher.quoteReplacement(MASK) : Matcher.quoteReplacement(m.group()));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static boolean plausible(Matcher m) {
		boolean twelveDigits = m.group(1) != null;
		int month = Integer.parseInt(twelveDigits ? m.group(1) : m.group(3));
		int day = Integer.parseInt(twelveDigits ? m.group(2) : m.group(4));
		boolean personal = day >= 1 && day <= 31;
		boolean coordination = day >= 61 && day <= 91;
		return month >= 1 && month <= 12 && (personal || coordination);
	}

}
