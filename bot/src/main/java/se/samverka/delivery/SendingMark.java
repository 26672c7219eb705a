package se.samverka.delivery;

/**
 * Which claimed entry the current thread is sending, so that {@link Deliveries} can mark
 * it as "going out now" on disk just before it calls the platform. The mark is what tells
 * a restart apart: a claim whose lease ran out without the mark never reached the
 * platform and is sent again; one with the mark may have gone out and is UNCERTAIN.
 */
final class SendingMark {

	record Mark(String entryId, String owner, int attempt) {
	}

	private static final ThreadLocal<Mark> CURRENT = new ThreadLocal<>();

	private SendingMark() {
	}

	static void set(String entryId, String owner, int attempt) {
		CURRENT.set(new Mark(entryId, owner, attempt));
	}

	static void clear() {
		CURRENT.remove();
	}

	/** The entry being sent on this thread; null outside a send attempt. */
	static Mark current() {
		return CURRENT.get();
	}

}
