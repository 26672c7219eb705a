package se.samverka.slack;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.slack.api.bolt.response.Response;

/**
 * {@code POST /slack/events}: the Events API, slash commands and interactivity. The body
 * is read as raw bytes, because the signature covers exactly those bytes (a form
 * re-encoded by Spring would not match). With Slack not configured the endpoint does not
 * exist: 404.
 */
@RestController
class SlackEndpoint {

	/** Slack's payloads are far smaller; anything bigger is not from Slack. */
	static final int MAX_BODY = 1_000_000;

	private final ObjectProvider<SlackRequests> requests;

	SlackEndpoint(ObjectProvider<SlackRequests> requests) {
		this.requests = requests;
	}

	@PostMapping("/slack/events")
	ResponseEntity<String> receive(HttpServletRequest http) throws IOException {
		SlackRequests slack = requests.getIfAvailable();
		if (slack == null) {
			return ResponseEntity.notFound().build();
		}
		byte[] body;
		try (InputStream in = http.getInputStream()) {
			body = in.readNBytes(MAX_BODY + 1);
		}
		if (body.length > MAX_BODY) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
		}
		Response response = slack.handle(body, headers(http), http.getRemoteAddr());
		ResponseEntity.BodyBuilder reply = ResponseEntity.status(response.getStatusCode());
		if (response.getContentType() != null) {
			reply.contentType(MediaType.parseMediaType(response.getContentType()));
		}
		if (response.getHeaders() != null) {
			// Retry-After of a refusal; Bolt sets no others
			response.getHeaders().forEach((name, values) -> reply.header(name, values.toArray(String[]::new)));
		}
		return reply.body(response.getBody() == null ? "" : response.getBody());
	}

	private static Map<String, List<String>> headers(HttpServletRequest http) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : Collections.list(http.getHeaderNames())) {
			headers.put(name, Collections.list(http.getHeaders(name)));
		}
		return headers;
	}

}
