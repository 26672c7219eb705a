package se.samverka.digest;

/** Why a digest was made. */
enum DigestKind {

	/** On the network's schedule (by default Monday 08:00). */
	SCHEDULED("scheduled"),
	/** Right after a meeting ended. */
	AFTER_MEETING("after-meeting"),
	/** An organiser sent one with {@code digest send} when none was waiting. */
	MANUAL("manual");

	final String key;

	DigestKind(String key) {
		this.key = key;
	}

}
