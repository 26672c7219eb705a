package se.samverka.teams;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.RoleTypes;
import com.microsoft.bot.schema.Serialization;

import se.samverka.LocalRequests;
import se.samverka.chat.InboundLoad;
import se.samverka.chat.LogTally;
import se.samverka.teams.TeamsAuthentication.NotAuthenticated;

/**
 * {@code POST /api/messages}, where the Bot Connector delivers Teams activities. The body
 * is read as raw bytes and parsed with the SDK's own Jackson 2 mapper (Spring's Jackson 3
 * binding cannot build the SDK's Activity). Failures answer 400/401/403/404/413, never
 * 500.
 */
@RestController
class TeamsController {

	private static final Logger log = LoggerFactory.getLogger(TeamsController.class);

	/** Far above any real activity (Teams messages are at most ~100 KB). */
	static final int MAX_BODY_BYTES = 1_000_000;

	private final LogTally remote = new LogTally(log, Level.WARN);

	private final LogTally unreadable = new LogTally(log, Level.INFO);

	private final LogTally unauthenticated = new LogTally(log, Level.WARN);

	private final TeamsMode mode;

	private final TeamsAuthentication authentication;

	private final TeamsBot bot;

	TeamsController(TeamsMode mode, TeamsAuthentication authentication, TeamsBot bot) {
		this.mode = mode;
		this.authentication = authentication;
		this.bot = bot;
	}

	@PostMapping("/api/messages")
	ResponseEntity<String> receive(HttpServletRequest request) {
		if (mode == TeamsMode.OFF) {
			return ResponseEntity.notFound().build();
		}
		if (mode == TeamsMode.LOCAL_DEV && !LocalRequests.isLocal(request)) {
			remote.log("Local dev mode: refused a Bot Framework request that is not from loopback");
			return ResponseEntity.status(403).build();
		}
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (mode == TeamsMode.AUTHENTICATED && (authorization == null || !authorization.startsWith("Bearer "))) {
			// refused before its body is read: a flood without tokens costs no memory
			unauthenticated.log("Refused a Bot Framework request without a bearer token");
			return ResponseEntity.status(401).build();
		}
		Activity activity;
		try {
			byte[] body = readBody(request);
			if (body == null) {
				return ResponseEntity.status(413).build();
			}
			activity = Serialization.treeToValue(Serialization.jsonToTree(new String(body, StandardCharsets.UTF_8)),
					Activity.class);
		}
		catch (IOException | RuntimeException ex) {
			unreadable.log("Unreadable Bot Framework request: {}", ex.getClass().getSimpleName());
			return ResponseEntity.badRequest().build();
		}
		if (activity == null || activity.getType() == null) {
			return ResponseEntity.badRequest().build();
		}
		normalise(activity);
		if (mode == TeamsMode.AUTHENTICATED) {
			try {
				authentication.verify(authorization, activity);
			}
			catch (NotAuthenticated ex) {
				unauthenticated.log("Refused a Bot Framework request for activity {}: {}", activity.getId(),
						ex.getMessage());
				return ResponseEntity.status(401).build();
			}
		}
		try {
			TeamsBot.Answer answer = bot.receive(activity);
			if (answer.refused()) {
				return ResponseEntity.status(answer.status())
					.header(HttpHeaders.RETRY_AFTER, Long.toString(InboundLoad.RETRY_AFTER.toSeconds()))
					.build();
			}
			if (answer.body() == null) {
				return ResponseEntity.status(answer.status()).build();
			}
			return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON).body(answer.body());
		}
		catch (RuntimeException ex) {
			log.error("Teams activity {} could not be handled", activity.getId(), ex);
			return ResponseEntity.ok().build();
		}
	}

	private static byte[] readBody(HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
			return body.length > MAX_BODY_BYTES ? null : body;
		}
	}

	/**
	 * The SDK's auth dereferences {@code recipient.role} for emulator activities; an
	 * activity without one would crash it.
	 */
	private static void normalise(Activity activity) {
		if (activity.getRecipient() != null && activity.getRecipient().getRole() == null) {
			activity.getRecipient().setRole(RoleTypes.BOT);
		}
	}

}
