package se.samverka.delivery;

/** Where one ledger entry stands. Only PENDING entries are ever (re)sent. */
enum DeliveryState {

	/** Waiting to be sent (again), not before its notBefore. */
	PENDING,
	/**
	 * Claimed by one drainer under a lease; an expired lease means it may or may not have
	 * gone out.
	 */
	SENDING,
	/** The platform accepted it. */
	SENT,
	/** Bot removed or blocked (403/404, channel gone): not retried. */
	UNREACHABLE,
	/** Gave up after retries, or a refusal retrying cannot fix. */
	FAILED,
	/**
	 * May or may not have been posted (Teams timeout/5xx, lease expired mid-send): never
	 * resent automatically.
	 */
	UNCERTAIN

}
