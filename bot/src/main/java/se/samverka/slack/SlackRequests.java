package se.samverka.slack;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
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
		String text = new String(body, StandardCharsets.UTF_8);
		SlashCommandPayload command = slashCommand(requestHeaders.getFirstValue("Content-Type"), text);
		if (command != null) {
			// the commonest request, read in one pass instead of Bolt's several
			SlashCommandRequest slash = new SlashCommandRequest(text, command, requestHeaders);
			slash.updateContext(app.config());
			slash.setClientIpAddress(remoteAddress);
			return run(slash);
		}
		try {
			request = parser.parse(SlackRequestParser.HttpRequest.builder()
				.requestUri("/slack/events")
				.requestBody(text)
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
		return run(request);
	}

	private Response run(Request<?> request) {
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

	/**
	 * The slash command a form body is, read in one pass, or null for anything else (an
	 * interaction's {@code payload=}, Slack's {@code ssl_check}), which Bolt reads.
	 */
	static SlashCommandPayload slashCommand(String contentType, String body) {
		if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded")
				|| !body.contains("command=")) {
			return null;
		}
		SlashCommandPayload payload = new SlashCommandPayload();
		boolean command = false;
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			if (equals <= 0) {
				continue;
			}
			String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			switch (pair.substring(0, equals)) {
				case "payload", "ssl_check" -> {
					return null;
				}
				case "command" -> {
					payload.setCommand(value);
					command = true;
				}
				case "token" -> payload.setToken(value);
				case "api_app_id" -> payload.setApiAppId(value);
				case "team_id" -> payload.setTeamId(value);
				case "team_domain" -> payload.setTeamDomain(value);
				case "enterprise_id" -> payload.setEnterpriseId(value);
				case "enterprise_name" -> payload.setEnterpriseName(value);
				case "is_enterprise_install" -> payload.setEnterpriseInstall(Boolean.parseBoolean(value));
				case "channel_id" -> payload.setChannelId(value);
				case "channel_name" -> payload.setChannelName(value);
				case "user_id" -> payload.setUserId(value);
				case "user_name" -> payload.setUserName(value);
				case "text" -> payload.setText(value);
				case "response_url" -> payload.setResponseUrl(value);
				case "trigger_id" -> payload.setTriggerId(value);
				default -> {
					// not used by Samverka
				}
			}
		}
		return command && payload.getCommand().startsWith("/") ? payload : null;
	}

}
