package se.samverka.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverka.archive.ArchiveLinks.Checked;
import se.samverka.chat.NetworkId;
import se.samverka.chat.Texts;

/**
 * {@code GET /archive/{network}?t=...[&q=...][&m=...]}: the network's archive, one
 * meeting at a time (number {@code m}, else the newest), read-only, for a signed link
 * that has not expired; {@code GET /archive/{network}/meetings/{n}.md?t=...}: one meeting
 * as Markdown. A missing, altered or expired token, or one for another network, gets 403
 * with a friendly page in the link's language; an unknown meeting 404.
 */
@RestController
class ArchiveController {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final Archive archive;

	private final ArchiveLinks links;

	private final Texts texts;

	private final String styles = stylesheet();

	ArchiveController(Archive archive, ArchiveLinks links, Texts texts) {
		this.archive = archive;
		this.links = links;
		this.texts = texts;
	}

	@GetMapping("/archive/archive.css")
	ResponseEntity<String> styles() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/css;charset=UTF-8"))
			.header("X-Content-Type-Options", "nosniff")
			.body(styles);
	}

	@GetMapping("/archive/{networkId}")
	ResponseEntity<String> page(@PathVariable String networkId,
			@RequestParam(name = "t", required = false) String token,
			@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "m", required = false) String meeting) {
		Checked checked = check(networkId, token);
		if (!checked.allowed()) {
			return refused(checked, token);
		}
		NetworkId network = new NetworkId(networkId);
		Optional<Archive.View> view = archive.of(network, checked.grant().locale(), new ArchiveSearch(query),
				meeting != null && meeting.matches("\\d{1,6}") ? Integer.valueOf(meeting) : null);
		if (view.isEmpty()) {
			return guarded(ResponseEntity.status(HttpStatus.NOT_FOUND)).contentType(HTML)
				.body(new ArchivePage(texts, checked.grant().locale()).refusal("archive.refused.gone"));
		}
		String body = new ArchivePage(texts, checked.grant().locale()).render(view.get(),
				ArchiveLinks.pagePath(network), token, checked.grant().expires());
		return guarded(ResponseEntity.ok()).contentType(HTML).body(body);
	}

	@GetMapping("/archive/{networkId}/meetings/{number}.md")
	ResponseEntity<?> markdown(@PathVariable String networkId, @PathVariable String number,
			@RequestParam(name = "t", required = false) String token) {
		Checked checked = check(networkId, token);
		if (!checked.allowed()) {
			return refused(checked, token);
		}
		Optional<Archive.MeetingView> meeting = number.matches("\\d{1,6}")
				? archive.meeting(new NetworkId(networkId), Integer.parseInt(number), checked.grant().locale())
				: Optional.empty();
		if (meeting.isEmpty()) {
			return guarded(ResponseEntity.status(HttpStatus.NOT_FOUND)).contentType(HTML)
				.body(new ArchivePage(texts, checked.grant().locale()).refusal("archive.refused.no-meeting"));
		}
		byte[] body = new MeetingMarkdown(texts, checked.grant().locale()).render(meeting.get())
			.getBytes(StandardCharsets.UTF_8);
		return guarded(ResponseEntity.ok()).contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(MeetingMarkdown.fileName(meeting.get().meeting()))
						.build()
						.toString())
			.body(body);
	}

	private Checked check(String networkId, String token) {
		if (!networkId.matches("[0-9a-f-]{36}")) {
			return new Checked(null, ArchiveLinks.Refusal.INVALID);
		}
		return links.check(networkId, token);
	}

	private ResponseEntity<String> refused(Checked checked, String token) {
		String reason = checked.refusal() == ArchiveLinks.Refusal.EXPIRED ? "archive.refused.expired"
				: "archive.refused.invalid";
		return guarded(ResponseEntity.status(HttpStatus.FORBIDDEN)).contentType(HTML)
			.body(new ArchivePage(texts, ArchiveLinks.languageOf(token)).refusal(reason));
	}

	/**
	 * No scripts, frames or outside resources; the token stays out of referrers, caches
	 * and indexes.
	 */
	private static ResponseEntity.BodyBuilder guarded(ResponseEntity.BodyBuilder response) {
		return response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.header("Referrer-Policy", "no-referrer")
			.header("Cache-Control", "no-store")
			.header("X-Robots-Tag", "noindex, nofollow");
	}

	private static String stylesheet() {
		try (InputStream in = ArchiveController.class.getResourceAsStream("/archive/archive.css")) {
			if (in == null) {
				throw new IllegalStateException("Missing archive style sheet");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
