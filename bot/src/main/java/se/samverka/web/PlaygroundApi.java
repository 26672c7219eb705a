package se.samverka.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import se.samverka.chat.Inbound;
import se.samverka.chat.Message;
import se.samverka.chat.Texts;
import se.samverka.dialogue.TurnOutcome;
import se.samverka.dialogue.Turns;

/**
 * The playground's JSON API: post a message or a button press into a room and get the
 * bot's replies as HTML; read a room's dialogue; follow a room live. Reached only through
 * {@link PlaygroundGate}, so only in local dev mode and from this machine.
 */
@RestController
class PlaygroundApi {

	private static final Logger log = LoggerFactory.getLogger(PlaygroundApi.class);

	private final Turns turns;

	private final HtmlRenderer renderer;

	private final RoomEvents events;

	private final TranscriptView transcriptView;

	private final Texts texts;

	private final TurnRequests requests;

	PlaygroundApi(Turns turns, HtmlRenderer renderer, RoomEvents events, TranscriptView transcriptView, Texts texts,
			TurnRequests requests) {
		this.turns = turns;
		this.renderer = renderer;
		this.events = events;
		this.transcriptView = transcriptView;
		this.texts = texts;
		this.requests = requests;
	}

	@PostMapping("/playground/api/rooms/{roomId}/messages")
	ResponseEntity<Map<String, Object>> post(@PathVariable String roomId, HttpServletRequest request)
			throws IOException {
		TurnRequests.Read read = requests.read(request);
		if (read.refused()) {
			return error(read.status(), read.locale(), read.problem());
		}
		PostedTurn posted = read.turn();
		Locale locale = read.locale();
		Optional<Room> room = Room.open(roomId, posted.browserId());
		if (room.isEmpty()) {
			return error(HttpStatus.BAD_REQUEST, locale, "playground.error.unknown-room");
		}
		return ResponseEntity.ok(handle(room.get(), posted));
	}

	private Map<String, Object> handle(Room room, PostedTurn posted) {
		Inbound inbound = posted.toInbound(room);
		TurnOutcome outcome = turns.handle(inbound);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("duplicate", outcome.duplicate());
		List<Map<String, Object>> replies = new ArrayList<>();
		for (Message reply : outcome.replies()) {
			String id = "r" + UUID.randomUUID();
			replies.add(Map.of("id", id, "html", renderer.render(reply, id), "text", reply.fallbackText()));
		}
		answer.put("replies", replies);
		if (outcome.echo() != null) {
			// what the pressed button did, for the sender's page to show in its place
			answer.put("echo", outcome.echo());
		}
		if (outcome.forSenderOnly()) {
			// an anonymous command, or one refused here: nobody else sees it, not even
			// the sender's other pages (the stream keeps recent events in memory)
			log.debug("Playground message {} in room {} is for its sender only", posted.clientMessageId(), room.id());
		}
		else if (!outcome.duplicate()) {
			// Everyone else looking at the room sees the exchange too; the sender's page
			// skips its own.
			events.publish(room.id(), "in", Map.of("clientMessageId", posted.clientMessageId(), "author",
					inbound.sender().displayName(), "text", inbound.text()));
			replies.forEach(r -> {
				Map<String, Object> event = new LinkedHashMap<>(r);
				event.put("clientMessageId", posted.clientMessageId());
				events.publish(room.id(), "out", event);
			});
		}
		else {
			log.debug("Playground message {} in room {} was a resend", posted.clientMessageId(), room.id());
		}
		return answer;
	}

	@GetMapping("/playground/api/rooms/{roomId}/history")
	ResponseEntity<?> history(@PathVariable String roomId, @RequestParam(required = false) String browserId,
			HttpServletRequest request) {
		Optional<Room> room = Room.open(roomId, browserId);
		if (room.isEmpty()) {
			return error(HttpStatus.BAD_REQUEST, localeOf(request), "playground.error.unknown-room");
		}
		// Taken before reading the transcript: the page's stream resumes here, so nothing
		// said in
		// between is lost (at worst something shows twice).
		long lastEventId = events.lastEventId();
		return ResponseEntity.ok(Map.of("entries", transcriptView.of(room.get()), "lastEventId", lastEventId));
	}

	@GetMapping(path = "/playground/api/rooms/{roomId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<?> events(@PathVariable String roomId, @RequestParam(required = false) String browserId,
			@RequestParam(required = false) String after,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		Optional<Room> room = Room.open(roomId, browserId);
		if (room.isEmpty()) {
			return ResponseEntity.badRequest().build();
		}
		// A reconnecting browser says where it got to; a fresh page says where its
		// history ended.
		String resumeFrom = lastEventId != null ? lastEventId : after;
		long lastSeen = 0;
		try {
			lastSeen = resumeFrom == null ? 0 : Long.parseLong(resumeFrom.strip());
		}
		catch (NumberFormatException ex) {
			// A stream id we never sent: start afresh.
		}
		SseEmitter emitter = events.subscribe(room.get().id(), lastSeen);
		return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).body(emitter);
	}

	/**
	 * Whatever else went wrong: apologise in the person's language, never show the cause.
	 */
	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<Map<String, Object>> failed(RuntimeException ex, HttpServletRequest request) {
		log.error("Playground request {} failed", request.getRequestURI(), ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, localeOf(request), "error.generic");
	}

	private static Locale localeOf(HttpServletRequest request) {
		return TurnRequests.localeOf(request);
	}

	private ResponseEntity<Map<String, Object>> error(HttpStatus status, Locale locale, String key) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", key.substring(key.lastIndexOf('.') + 1), "message", texts.get(locale, key)));
	}

}
