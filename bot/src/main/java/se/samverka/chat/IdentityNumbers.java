package se.samverka.chat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish personal identity numbers (personnummer, and samordningsnummer with day + 60)
 * in free text. Data about individual children does not belong in a network's notes or
 * memory, so texts holding one are refused and stored texts have them masked.
 * <ul>
 * <li>With a separator between date and serial (YYMMDD-NNNN, YYMMDD+NNNN, YYMMDD NNNN and
 * the same with the century): a plausible month and day is enough, deliberately without
 * the Luhn digit, as a mistyped number is still a number about a child.</li>
 * <li>Without one (YYMMDDNNNN, YYYYMMDDNNNN): ten or twelve bare digits are more often a
 * phone number, an amount or a case number, so the date must exist and the Luhn check
 * digit must match.</li>
 * </ul>
 */
public final class IdentityNumbers {

	private static final Pattern SHAPE = Pattern.compile("(?<![\\d-])(?<century>19|20)?(?<yy>\\d{2})(?<mm>\\d{2})"
			+ "(?<dd>\\d{2})(?<separator>[-+ \\u00A0]?)(?<serial>\\d{4})(?![\\d-])");

	static final String MASK = "[personnummer]";

	/** Samordningsnummer add this to the day of birth. */
	private static final int COORDINATION = 60;

	private IdentityNumbers() {
	}

	public static boolean containsAny(String text) {
		if (text == null) {
			return false;
		}
		Matcher m = SHAPE.matcher(text);
		while (m.find()) {
			if (isIdentityNumber(m)) {
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
					isIdentityNumber(m) ? Matcher.quoteReplacement(MASK) : Matcher.quoteReplacement(m.group()));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static boolean isIdentityNumber(Matcher m) {
		int month = Integer.parseInt(m.group("mm"));
		int day = Integer.parseInt(m.group("dd"));
		if (!m.group("separator").isEmpty()) {
			return plausible(month, day);
		}
		return validDate(m.group("century"), Integer.parseInt(m.group("yy")), month, day)
				&& luhn(m.group("yy") + m.group("mm") + m.group("dd") + m.group("serial"));
	}

	private static boolean plausible(int month, int day) {
		boolean personal = day >= 1 && day <= 31;
		boolean coordination = day >= 1 + COORDINATION && day <= 31 + COORDINATION;
		return month >= 1 && month <= 12 && (personal || coordination);
	}

	/**
	 * Whether the date exists; without a century, in either century (29 February depends
	 * on it).
	 */
	static boolean validDate(String century, int yy, int month, int day) {
		int dayOfBirth = day > COORDINATION ? day - COORDINATION : day;
		if (century != null) {
			return exists(Integer.parseInt(century) * 100 + yy, month, dayOfBirth);
		}
		return exists(1900 + yy, month, dayOfBirth) || exists(2000 + yy, month, dayOfBirth);
	}

	private static boolean exists(int year, int month, int day) {
		try {
			LocalDate.of(year, month, day);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	/**
	 * The Luhn check over the ten digits YYMMDDNNNN: weights 2, 1, 2, … and the digit sum
	 * of each product; the total is a multiple of ten.
	 */
	static boolean luhn(String tenDigits) {
		int sum = 0;
		for (int i = 0; i < tenDigits.length(); i++) {
			int product = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += product / 10 + product % 10;
		}
		return sum % 10 == 0;
	}

}
