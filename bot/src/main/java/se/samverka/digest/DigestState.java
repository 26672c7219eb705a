package se.samverka.digest;

/** Where a stored digest stands. */
enum DigestState {

	/** Approval is on: made, not sent until an organiser runs {@code digest send}. */
	WAITING,
	/** Put in the outbox for the steering conversations. */
	SENT,
	/** Was waiting when a newer digest was made; never sent. */
	SUPERSEDED

}
