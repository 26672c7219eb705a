package se.samverka.email;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import se.samverka.chat.PersonId;
import se.samverka.links.LinkSigner;

/**
 * The links in every e-mail's footer and {@code List-Unsubscribe} header: one token per
 * person ({@code <person id>.<signature>}) that opens only their e-mail choices. It does
 * not expire (an unsubscribe link must keep working as long as the mails it came in) and
 * can do nothing but turn e-mail off or on for that person.
 */
@Component
class EmailLinks {

	static final String UNSUBSCRIBE = "/e-post/avregistrera/";

	static final String PREFERENCES = "/e-post/installningar/";

	private static final String PURPOSE = "email-choices";

	private static final Pattern TOKEN = Pattern
		.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.([A-Za-z0-9_-]{43})");

	private final LinkSigner signer;

	EmailLinks(LinkSigner signer) {
		this.signer = signer;
	}

	String unsubscribe(PersonId person) {
		return signer.publicUrl() + UNSUBSCRIBE + token(person);
	}

	String preferences(PersonId person) {
		return signer.publicUrl() + PREFERENCES + token(person);
	}

	String token(PersonId person) {
		return person.value() + "." + signer.sign(PURPOSE, person.value());
	}

	/** The person a token is for; empty when it is not one this instance gave. */
	Optional<PersonId> check(String token) {
		var m = token == null ? null : TOKEN.matcher(token);
		if (m == null || !m.matches() || !signer.valid(PURPOSE, m.group(1), m.group(2))) {
			return Optional.empty();
		}
		return Optional.of(new PersonId(m.group(1)));
	}

}
