package se.samverka.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverka.chat.Texts;

/**
 * {@code GET /slack/install} sends a workspace admin's browser to Slack's authorize page;
 * {@code GET /slack/oauth_redirect} is where Slack sends it back with a code. Both exist
 * only when workspaces may install Samverka (a client id is configured); otherwise 404.
 * Our own small controller rather than Bolt's OAuth flow: the state is signed, expires,
 * is bound to the browser and single-use across instances (MongoDB), and the pages are
 * Samverka's, in Swedish and English.
 */
@RestController
class SlackInstallEndpoint {

	private static final Logger log = LoggerFactory.getLogger(SlackInstallEndpoint.class);

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final ObjectProvider<SlackInstall> install;

	private final ObjectProvider<InstallStates> states;

	private final Texts texts;

	SlackInstallEndpoint(ObjectProvider<SlackInstall> install, ObjectProvider<InstallStates> states, Texts texts) {
		this.install = install;
		this.states = states;
		this.texts = texts;
	}

	@GetMapping("/slack/install")
	ResponseEntity<String> start() {
		SlackInstall slack = install.getIfAvailable();
		if (slack == null) {
			return ResponseEntity.notFound().build();
		}
		InstallStates.Issued issued = states.getObject().issue();
		return guarded(ResponseEntity.status(HttpStatus.FOUND))
			.header(HttpHeaders.LOCATION, slack.authorizeUrl(issued.state()))
			.header(HttpHeaders.SET_COOKIE,
					cookie(issued.nonce(), InstallStates.VALID_FOR.toSeconds(), slack.overHttps()))
			.build();
	}

	@GetMapping(SlackInstall.REDIRECT_PATH)
	ResponseEntity<String> finish(@RequestParam(name = "code", required = false) String code,
			@RequestParam(name = "state", required = false) String state,
			@RequestParam(name = "error", required = false) String error,
			@CookieValue(name = InstallStates.COOKIE, required = false) String cookie) {
		SlackInstall slack = install.getIfAvailable();
		if (slack == null) {
			return ResponseEntity.notFound().build();
		}
		InstallPage page = new InstallPage(texts);
		InstallStates.Verdict verdict = states.getObject().check(state, cookie);
		if (verdict != InstallStates.Verdict.GOOD) {
			log.warn("Refused a Slack install: its state is {}", verdict);
			return html(HttpStatus.BAD_REQUEST, page.refused("slack.install.refused.state"));
		}
		if (error != null || code == null || code.isBlank()) {
			return html(HttpStatus.OK, page.refused("slack.install.refused.cancelled"));
		}
		SlackInstall.Result result = slack.complete(code);
		return result.installed() ? html(HttpStatus.OK, page.installed(result.teamName()))
				: html(HttpStatus.BAD_GATEWAY, page.refused(result.reasonKey()));
	}

	private static ResponseEntity<String> html(HttpStatus status, String body) {
		return guarded(ResponseEntity.status(status)).header(HttpHeaders.SET_COOKIE, cookie("", 0, false))
			.contentType(HTML)
			.body(body);
	}

	private static String cookie(String value, long maxAgeSeconds, boolean secure) {
		return ResponseCookie.from(InstallStates.COOKIE, value)
			.httpOnly(true)
			.secure(secure)
			.path("/slack/")
			.sameSite("Lax")
			.maxAge(maxAgeSeconds)
			.build()
			.toString();
	}

	private static ResponseEntity.BodyBuilder guarded(ResponseEntity.BodyBuilder response) {
		return response.header("Content-Security-Policy", "default-src 'none'; base-uri 'none'; frame-ancestors 'none'")
			.header("X-Content-Type-Options", "nosniff")
			.header("Referrer-Policy", "no-referrer")
			.header("Cache-Control", "no-store");
	}

}
