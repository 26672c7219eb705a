package se.samverka.homework;

import org.springframework.stereotype.Component;

import se.samverka.chat.PersonId;
import se.samverka.links.LinkSigner;

/**
 * Who homework answers belong to, without naming them: an HMAC-SHA256 of homework and
 * person under the server's key, the same on every instance. Each person keeps one set of
 * answers, reminders and the status know who has answered, yet the stored answers cannot
 * be turned back into people without the key.
 */
@Component
class HomeworkRespondents {

	private static final String PURPOSE = "homework-respondent";

	private final LinkSigner signer;

	HomeworkRespondents(LinkSigner signer) {
		this.signer = signer;
	}

	String of(String homeworkId, PersonId person) {
		return "anon:" + signer.sign(PURPOSE, homeworkId + ":" + person.value());
	}

}
