package se.samverka.webpage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverka.chat.Languages;
import se.samverka.chat.PersonId;
import se.samverka.chat.Texts;
import se.samverka.links.PersonalLinks;
import se.samverka.links.PersonalLinks.Checked;
import se.samverka.links.PersonalLinks.Refusal;
import se.samverka.network.People;

/**
 * {@code GET /p/{token}}: a person's own page, for a personal link that has not expired
 * or been revoked; {@code POST /p/{token}}: one of its forms, checked (form token,
 * origin) and handled as a turn of the person's own ({@link PageTurns}), then the browser
 * is sent back to the page, which shows the reply. An invalid or revoked link gets a 404
 * page that says nothing more; an expired one a page that offers a new link. Logs carry
 * the person's id only.
 */
@RestController
class PersonalPageController {

	static final String STYLES = PersonalLinks.PATH + "page.css";

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; form-action 'self'; "
			+ "base-uri 'none'; frame-ancestors 'none'";

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private static final Logger log = LoggerFactory.getLogger(PersonalPageController.class);

	private final PersonalLinks links;

	private final PersonalPageView view;

	private final PageForms forms;

	private final PageFlashes flashes;

	private final PageTurns turns;

	private final People people;

	private final Texts texts;

	private final String styles = stylesheet();

	PersonalPageController(PersonalLinks links, PersonalPageView view, PageForms forms, PageFlashes flashes,
			PageTurns turns, People people, Texts texts) {
		this.links = links;
		this.view = view;
		this.forms = forms;
		this.flashes = flashes;
		this.turns = turns;
		this.people = people;
		this.texts = texts;
	}

	@GetMapping(STYLES)
	ResponseEntity<String> styles() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/css;charset=UTF-8"))
			.header("X-Content-Type-Options", "nosniff")
			.body(styles);
	}

	@GetMapping(PersonalLinks.PATH + "{token}")
	ResponseEntity<String> page(@PathVariable String token, @RequestParam(name = "r", required = false) String reply,
			HttpServletRequest request) {
		Checked checked = links.check(token);
		if (!checked.allowed()) {
			return refused(checked, token, request, false);
		}
		String kept = flashes.find(reply).orElse(null);
		String body = view.render(checked.person(), checked.expires(), kept);
		return html(HttpStatus.OK, withFormToken(body, checked.person(), token));
	}

	@PostMapping(path = PersonalLinks.PATH + "{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> form(@PathVariable String token, HttpServletRequest request) {
		Checked checked = links.check(token);
		if (!checked.allowed()) {
			return refused(checked, token, request, request.getParameter("renew") != null);
		}
		PersonId person = checked.person();
		Locale locale = people.localeOf(person);
		if (!sameOrigin(request) || !forms.validCsrf(person, token, request.getParameter("csrf"))) {
			log.info("Personal page of person {}: a form without a valid form token was refused", person);
			return html(HttpStatus.FORBIDDEN, new PersonalPageHtml(texts, locale).refusal("page.refused.form"));
		}
		PageTurns.Done done = turns.handle(person, request);
		if (done == null) {
			return html(HttpStatus.BAD_REQUEST, new PersonalPageHtml(texts, locale).refusal("page.refused.invalid"));
		}
		if (!links.check(token).allowed()) {
			// the person closed their links: the reply is all there is to show
			return html(HttpStatus.OK, new PersonalPageHtml(texts, done.locale()).closed(done.html()));
		}
		String id = flashes.keep(done.html());
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create(PersonalLinks.PATH + token + "?r=" + id))
			.headers(PersonalPageController::guard)
			.build();
	}

	/**
	 * Invalid and revoked links get the same 404 page; an expired one the page that
	 * offers a new link, which {@code renew} (a post from that page) sends.
	 */
	private ResponseEntity<String> refused(Checked checked, String token, HttpServletRequest request, boolean renew) {
		if (checked.refusal() != Refusal.EXPIRED) {
			return html(HttpStatus.NOT_FOUND,
					new PersonalPageHtml(texts, browserLocale(request)).refusal("page.refused.gone"));
		}
		PersonId person = checked.person();
		Locale locale = people.localeOf(person);
		boolean byEmail = turns.renewableByEmail(person);
		String done = null;
		if (renew) {
			if (!sameOrigin(request) || !forms.validCsrf(person, token, request.getParameter("csrf"))) {
				return html(HttpStatus.FORBIDDEN, new PersonalPageHtml(texts, locale).refusal("page.refused.form"));
			}
			done = byEmail && turns.sendNewLink(person) ? "page.expired.sent" : "page.expired.ask";
		}
		return html(HttpStatus.FORBIDDEN,
				new PersonalPageHtml(texts, locale).expired(byEmail, forms.csrf(person, token), done));
	}

	private String withFormToken(String body, PersonId person, String token) {
		return body.replace(MessageHtml.CSRF_SLOT, forms.csrf(person, token));
	}

	/**
	 * A browser says where a form came from: another site's page may not post here (the
	 * form token already stops it; this also stops it without one). Under the page's
	 * no-referrer policy a browser may send the origin as {@code null}; then the fetch
	 * metadata, when sent, decides.
	 */
	static boolean sameOrigin(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && !site.equals("same-origin") && !site.equals("none")) {
			return false;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin == null || origin.equals("null")) {
			return true;
		}
		try {
			URI from = URI.create(origin);
			String host = request.getHeader(HttpHeaders.HOST);
			return host != null && host.equalsIgnoreCase(from.getRawAuthority());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static Locale browserLocale(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		String first = header == null ? null : header.split("[,;]", 2)[0];
		return Languages.parse(first).orElse(Languages.SWEDISH);
	}

	private static ResponseEntity<String> html(HttpStatus status, String body) {
		return ResponseEntity.status(status).headers(PersonalPageController::guard).contentType(HTML).body(body);
	}

	/**
	 * No scripts, frames or outside resources; the token in the address stays out of
	 * referrers, caches and indexes.
	 */
	private static void guard(HttpHeaders headers) {
		headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Referrer-Policy", "no-referrer");
		headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
		headers.set("X-Robots-Tag", "noindex, nofollow");
	}

	private static String stylesheet() {
		try (InputStream in = PersonalPageController.class.getResourceAsStream("/webpage/page.css")) {
			if (in == null) {
				throw new IllegalStateException("Missing personal page style sheet");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
