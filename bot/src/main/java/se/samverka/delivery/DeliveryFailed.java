package se.samverka.delivery;

/** A platform refused a proactive message, or could not be reached. */
public class DeliveryFailed extends RuntimeException {

	private final boolean unreachable;

	public DeliveryFailed(String reason, boolean unreachable, Throwable cause) {
		super(reason, cause);
		this.unreachable = unreachable;
	}

	/** True when the bot was removed or blocked there (403/404): retrying will not help. */
	public boolean unreachable() {
		return unreachable;
	}

}
