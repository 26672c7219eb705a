package se.samverka.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import se.samverka.chat.Languages;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the playground page posted, refusing anything else: requests from other
 * pages, other content types, bodies larger than the limit, malformed JSON and incomplete
 * fields. The body is read by hand, with a cap, so that a huge or endless body is never
 * buffered whole.
 */
@Component
class TurnRequests {

	private final JsonMapper json;

	private final PlaygroundSettings settings;

	TurnRequests(JsonMapper json, PlaygroundSettings settings) {
		this.json = json;
		this.settings = settings;
	}

	/**
	 * A readable turn, or the status and text key of what is wrong, in the language to
	 * say it in.
	 */
	record Read(PostedTurn turn, HttpStatus status, String problem, Locale locale) {

		static Read refused(HttpStatus status, String problem, Locale locale) {
			return new Read(null, status, problem, locale);
		}

		boolean refused() {
			return problem != null;
		}

	}

	Read read(HttpServletRequest request) throws IOException {
		Locale locale = localeOf(request);
		if (!PlaygroundGate.sameOrigin(request)) {
			return Read.refused(HttpStatus.FORBIDDEN, "playground.error.not-same-origin", locale);
		}
		if (!isJson(request.getContentType())) {
			return Read.refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "playground.error.invalid", locale);
		}
		byte[] body = readLimited(request);
		if (body == null) {
			return Read.refused(HttpStatus.BAD_REQUEST, "playground.error.too-large", locale);
		}
		PostedTurn turn;
		try {
			turn = json.readValue(body, PostedTurn.class);
		}
		catch (JacksonException ex) {
			turn = null;
		}
		if (turn == null) {
			return Read.refused(HttpStatus.BAD_REQUEST, "playground.error.invalid", locale);
		}
		Locale chosen = Languages.parse(turn.locale()).orElse(locale);
		return turn.problem()
			.map(problem -> Read.refused(HttpStatus.BAD_REQUEST, problem, chosen))
			.orElse(new Read(turn, HttpStatus.OK, null, chosen));
	}

	private static boolean isJson(String contentType) {
		try {
			return contentType != null
					&& MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** The body, or null when it is larger than the playground accepts. */
	private byte[] readLimited(HttpServletRequest request) throws IOException {
		long max = settings.maxRequestSize().toBytes();
		if (request.getContentLengthLong() > max) {
			return null;
		}
		try (InputStream in = request.getInputStream()) {
			byte[] bytes = in.readNBytes((int) max + 1);
			return bytes.length > max ? null : bytes;
		}
	}

	/** The browser's first language, for answers before we know the person's choice. */
	static Locale localeOf(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		String first = header == null ? null : header.split("[,;]", 2)[0];
		return Languages.parse(first).orElse(Languages.SWEDISH);
	}

}
