package se.samverka.slack;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;

import se.samverka.chat.LogTally;

/**
 * One request from Slack: the signature is checked on the raw bytes, then Bolt parses it
 * and runs the matching listener, which acknowledges at once.
 */
class SlackRequests {

	private static final Logger log = LoggerFactory.getLogger(SlackRequests.class);

	private final LogTally forged = new LogTally(log, Level.WARN);

	private final LogTally unparsed = new LogTally(log, Level.WARN);

	private final App app;

	private final SlackSignature signature;

	private final Clock clock;

	private final SlackRequestParser parser;

	SlackRequests(App app, SlackSignature signature, Clock clock) {
		this.app = app;
		this.signature = signature;
		this.clock = clock;
		this.parser = new SlackRequestParser(app.config());
	}

	Response handle(byte[] body, Map<String, List<String>> headers, String remoteAddress) {
		RequestHeaders requestHeaders = new RequestHeaders(headers);
		if (!signature.isGenuine(requestHeaders.getFirstValue("X-Slack-Request-Timestamp"),
				requestHeaders.getFirstValue("X-Slack-Signature"), body, clock.instant())) {
			forged.log("Refused a Slack request with a missing, forged or stale signature");
			return Response.builder().statusCode(401).contentType("text/plain").body("invalid signature").build();
		}
		Request<?> request;
		try {
			request = parser.parse(SlackRequestParser.HttpRequest.builder()
				.requestUri("/slack/events")
				.requestBody(new String(body, StandardCharsets.UTF_8))
				.headers(requestHeaders)
				.remoteAddress(remoteAddress)
				.build());
		}
		catch (RuntimeException ex) {
			// Signed by Slack but not understood (a payload kind Bolt does not know):
			// nothing to do.
			unparsed.log("Could not parse a signed Slack request: {}", ex.getClass().getSimpleName());
			request = null;
		}
		if (request == null) {
			return Response.builder().statusCode(400).contentType("text/plain").body("unknown request").build();
		}
		try {
			return app.run(request);
		}
		catch (SlackDialogue.NoRoom ex) {
			return SlackDialogue.refusal();
		}
		catch (Exception ex) {
			log.error("Slack request of type {} failed", request.getRequestType(), ex);
			return Response.builder().statusCode(500).contentType("text/plain").body("error").build();
		}
	}

}
