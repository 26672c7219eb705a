package se.samverka.web;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live events per playground room, pushed to every open page of that room as Server-Sent
 * Events. The last few events of each room stay in memory so that a page whose stream
 * reconnects (the browser sends Last-Event-ID) misses nothing; the transcript is the
 * lasting record.
 */
@Component
class RoomEvents implements SmartLifecycle {

	/**
	 * Rooms kept in memory before those no page is watching are forgotten (their recent
	 * events too: the transcript still has them).
	 */
	static final int MAX_ROOMS = 1_000;

	private static final Logger log = LoggerFactory.getLogger(RoomEvents.class);

	private final Map<String, Stream> rooms = new ConcurrentHashMap<>();

	private final AtomicLong sequence = new AtomicLong();

	private final PlaygroundSettings settings;

	private volatile boolean running;

	RoomEvents(PlaygroundSettings settings) {
		this.settings = settings;
	}

	/** An event with its type ({@code in}, {@code out}) and a JSON payload. */
	record RoomEvent(long id, String type, Map<String, Object> data) {
	}

	void publish(String roomId, String type, Map<String, Object> data) {
		stream(roomId).publish(new RoomEvent(sequence.incrementAndGet(), type, data));
	}

	/**
	 * The id of the newest event in any room; a page that read the transcript follows on
	 * from here.
	 */
	long lastEventId() {
		return sequence.get();
	}

	SseEmitter subscribe(String roomId, long lastSeenEventId) {
		SseEmitter emitter = new SseEmitter(settings.eventStreamTimeout().toMillis());
		stream(roomId).add(emitter, lastSeenEventId);
		return emitter;
	}

	/**
	 * Ends every open stream when the application stops, before the web server's graceful
	 * shutdown, which would otherwise wait for these never-ending responses.
	 */
	@Override
	public void stop() {
		running = false;
		rooms.values().forEach(Stream::closeAll);
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Recent events of a room, oldest first. */
	List<RoomEvent> recent(String roomId) {
		return stream(roomId).recent();
	}

	private Stream stream(String roomId) {
		if (rooms.size() >= MAX_ROOMS && !rooms.containsKey(roomId)) {
			rooms.values().removeIf(Stream::unwatched);
		}
		return rooms.computeIfAbsent(roomId, id -> new Stream(id, settings.recentEvents()));
	}

	private static final class Stream {

		private final String roomId;

		private final int capacity;

		private final Deque<RoomEvent> recent = new ArrayDeque<>();

		private final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();

		Stream(String roomId, int capacity) {
			this.roomId = roomId;
			this.capacity = capacity;
		}

		// One lock per room keeps every page's events in the order they were published.
		synchronized void publish(RoomEvent event) {
			recent.addLast(event);
			while (recent.size() > capacity) {
				recent.removeFirst();
			}
			for (SseEmitter listener : listeners) {
				deliver(listener, event);
			}
		}

		synchronized void add(SseEmitter emitter, long lastSeenEventId) {
			emitter.onCompletion(() -> listeners.remove(emitter));
			emitter.onTimeout(() -> listeners.remove(emitter));
			emitter.onError(ex -> listeners.remove(emitter));
			listeners.add(emitter);
			try {
				emitter.send(SseEmitter.event().name("ready").data("{}", MediaType.APPLICATION_JSON));
			}
			catch (IOException ex) {
				listeners.remove(emitter);
				return;
			}
			if (lastSeenEventId > 0) {
				recent.stream().filter(e -> e.id() > lastSeenEventId).forEach(e -> deliver(emitter, e));
			}
		}

		synchronized void closeAll() {
			listeners.forEach(SseEmitter::complete);
			listeners.clear();
		}

		boolean unwatched() {
			return listeners.isEmpty();
		}

		synchronized List<RoomEvent> recent() {
			return List.copyOf(recent);
		}

		private void deliver(SseEmitter listener, RoomEvent event) {
			try {
				listener.send(SseEmitter.event()
					.id(Long.toString(event.id()))
					.name(event.type())
					.data(event.data(), MediaType.APPLICATION_JSON));
			}
			catch (IOException | IllegalStateException ex) {
				log.debug("A page of room {} went away", roomId);
				listeners.remove(listener);
				listener.completeWithError(ex);
			}
		}

	}

}
