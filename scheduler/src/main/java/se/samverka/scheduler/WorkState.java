package se.samverka.scheduler;

/** Where a piece of due work is in its life. */
public enum WorkState {

	/** Waiting for its due instant. */
	PENDING,

	/** Claimed by one instance, under a lease. */
	RUNNING,

	/** Ran. */
	DONE,

	/** Not run because it was found too late, by its kind's catch-up policy. */
	SKIPPED,

	/** Gave up after the last attempt. */
	FAILED,

	/** Withdrawn before it ran. */
	CANCELLED

}
