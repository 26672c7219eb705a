package se.samverka.network;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Samverka accepts as an e-mail address: one local part, one {@code @}, a domain
 * with a dot, no spaces or angle brackets, at most 254 characters. Deliberately simple:
 * the mail server is the judge of the rest.
 */
public final class EmailAddresses {

	private static final Pattern ADDRESS = Pattern.compile(
			"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");

	private EmailAddresses() {
	}

	/** The address in the form it is stored in, or empty when it is not one. */
	public static Optional<String> tidy(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String address = typed.strip();
		if (address.startsWith("<") && address.endsWith(">")) {
			address = address.substring(1, address.length() - 1);
		}
		if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
			address = address.substring(7);
		}
		address = address.toLowerCase(Locale.ROOT);
		return address.length() <= 254 && ADDRESS.matcher(address).matches() ? Optional.of(address) : Optional.empty();
	}

}
