package se.samverka.evaluation;

import org.springframework.stereotype.Component;

import se.samverka.chat.PersonId;
import se.samverka.links.LinkSigner;

/**
 * Who an answer belongs to, without naming them: an HMAC-SHA256 of evaluation and person
 * under the server's key ({@code SAMVERKA_LINK_SECRET}, or the one kept in MongoDB), the
 * same on every instance. One answer per person holds and reminders can tell who has
 * answered, but the stored answers cannot be turned back into people without the key.
 */
@Component
class Respondents {

	private static final String PURPOSE = "evaluation-respondent";

	private final LinkSigner signer;

	Respondents(LinkSigner signer) {
		this.signer = signer;
	}

	String of(Evaluation evaluation, PersonId person) {
		return "anon:" + signer.sign(PURPOSE, evaluation.id() + ":" + person.value());
	}

}
