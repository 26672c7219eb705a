package se.samverka.email;

import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverka.chat.PersonId;
import se.samverka.chat.Texts;
import se.samverka.network.Networks;
import se.samverka.network.People;
import se.samverka.network.Role;
import se.samverka.network.WebMember;
import se.samverka.network.WebMembers;

/**
 * Unsubscribing and e-mail choices from the links in every mail. {@code POST} on the
 * unsubscribe link is the one-click unsubscribe of RFC 8058 (what a mail program sends
 * for {@code List-Unsubscribe-Post}); {@code GET} on it only shows a form that posts, so
 * a link scanner opening it changes nothing. The choices page turns e-mail back on and
 * lets a steering member choose digests by e-mail. On even when e-mail is off, so links
 * in mails sent before keep working.
 */
@Controller
class EmailChoicesController {

	private static final Logger log = LoggerFactory.getLogger(EmailChoicesController.class);

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
			+ "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

	private final EmailLinks links;

	private final WebMembers members;

	private final People people;

	private final Networks networks;

	private final Texts texts;

	EmailChoicesController(EmailLinks links, WebMembers members, People people, Networks networks, Texts texts) {
		this.links = links;
		this.members = members;
		this.people = people;
		this.networks = networks;
		this.texts = texts;
	}

	@GetMapping(EmailLinks.UNSUBSCRIBE + "{token}")
	ResponseEntity<String> confirmUnsubscribe(@PathVariable String token) {
		Optional<PersonId> person = links.check(token);
		if (person.isEmpty()) {
			return invalid();
		}
		return page(HttpStatus.OK, page(person.get()).confirmUnsubscribe(EmailLinks.UNSUBSCRIBE + token));
	}

	@PostMapping(EmailLinks.UNSUBSCRIBE + "{token}")
	ResponseEntity<String> unsubscribe(@PathVariable String token) {
		Optional<PersonId> person = links.check(token);
		if (person.isEmpty()) {
			return invalid();
		}
		members.setEmailOff(person.get(), true);
		log.info("Person {} turned e-mail off", person.get());
		return page(HttpStatus.OK, page(person.get()).unsubscribed(EmailLinks.PREFERENCES + token));
	}

	@GetMapping(EmailLinks.PREFERENCES + "{token}")
	ResponseEntity<String> preferences(@PathVariable String token) {
		return preferencesPage(token, false);
	}

	@PostMapping(EmailLinks.PREFERENCES + "{token}")
	ResponseEntity<String> savePreferences(@PathVariable String token,
			@RequestParam(name = "email", required = false) String email,
			@RequestParam(name = "digests", required = false) String digests) {
		Optional<PersonId> person = links.check(token);
		if (person.isEmpty()) {
			return invalid();
		}
		if (members.of(person.get()).isPresent()) {
			members.setEmailOff(person.get(), !"on".equals(email));
			if (steering(person.get())) {
				members.setDigestsByEmail(person.get(), "on".equals(digests));
			}
			log.info("Person {} changed their e-mail choices", person.get());
		}
		return preferencesPage(token, true);
	}

	private ResponseEntity<String> preferencesPage(String token, boolean saved) {
		Optional<PersonId> person = links.check(token);
		if (person.isEmpty()) {
			return invalid();
		}
		Optional<WebMember> member = members.of(person.get());
		if (member.isEmpty()) {
			return page(HttpStatus.OK, page(person.get()).notice("email.page.no-address"));
		}
		boolean steering = steering(person.get());
		return page(HttpStatus.OK, page(person.get()).preferences(EmailLinks.PREFERENCES + token,
				!member.get().emailOff(), steering, member.get().digestsByEmail(), saved));
	}

	private boolean steering(PersonId person) {
		return networks.membershipsOf(person).stream().anyMatch(m -> m.is(Role.STEERING) || m.is(Role.ORGANISER));
	}

	private EmailChoicesPage page(PersonId person) {
		return new EmailChoicesPage(texts, people.localeOf(person));
	}

	private ResponseEntity<String> invalid() {
		return page(HttpStatus.NOT_FOUND,
				new EmailChoicesPage(texts, Locale.forLanguageTag("sv")).notice("email.page.invalid"));
	}

	private static ResponseEntity<String> page(HttpStatus status, String body) {
		return ResponseEntity.status(status)
			.contentType(HTML)
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.header("Referrer-Policy", "no-referrer")
			.header("Cache-Control", "no-store")
			.header("X-Robots-Tag", "noindex, nofollow")
			.body(body);
	}

}
