package se.samverka.delivery;

/**
 * The last moment before a platform can have a send: a sender that writes the request
 * itself (Teams, Slack) takes the current thread's gate with {@link #current()} and
 * passes it just before the request's body goes on the wire, so that the send journal's
 * line is on disk before the platform can have the whole request, and a crash between the
 * two is as unlikely as it can be. A sender that does not
 * ({@link ChannelSender#passesGate()} is false) has it passed for it just before it is
 * called. Passing twice does nothing; outside a journaled send there is no gate.
 */
public final class SendGate {

	private static final ThreadLocal<SendGate> CURRENT = new ThreadLocal<>();

	private final String entryId;

	private final Runnable before;

	private boolean passed;

	private RuntimeException refused;

	private SendGate(String entryId, Runnable before) {
		this.entryId = entryId;
		this.before = before;
	}

	/** The gate of the send under way on this thread; null outside one. */
	public static SendGate current() {
		return CURRENT.get();
	}

	static SendGate open(String entryId, Runnable before) {
		SendGate gate = new SendGate(entryId, before);
		CURRENT.set(gate);
		return gate;
	}

	static void close() {
		CURRENT.remove();
	}

	/**
	 * The ledger entry being sent: the same for every attempt at it, so a channel that
	 * can name a message itself (an e-mail's Message-ID) lets a resend be recognised.
	 */
	public String entryId() {
		return entryId;
	}

	/**
	 * Writes what must be on disk before the request can arrive; may be called from
	 * another thread (an HTTP client's). Throws when it could not be written: then the
	 * request must not go.
	 */
	public synchronized void pass() {
		if (refused != null) {
			throw refused;
		}
		if (passed) {
			return;
		}
		try {
			before.run();
			passed = true;
		}
		catch (RuntimeException ex) {
			refused = ex;
			throw ex;
		}
	}

	/** Why passing failed, if it did: the request never left. */
	synchronized RuntimeException refused() {
		return refused;
	}

}
