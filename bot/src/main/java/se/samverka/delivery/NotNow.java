package se.samverka.delivery;

import java.time.Instant;

/**
 * A claimed entry may not go yet (its card is not posted yet, or was updated less than
 * five seconds ago): it goes back, untouched, until {@code notBefore}.
 */
final class NotNow extends RuntimeException {

	private final transient Instant notBefore;

	NotNow(Instant notBefore) {
		super(null, null, false, false);
		this.notBefore = notBefore;
	}

	Instant notBefore() {
		return notBefore;
	}

}
