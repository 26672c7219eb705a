package se.samverka.delivery;

/**
 * A claimed entry has nothing left to send (an update of a card whose post failed, or
 * whose subject is gone): it is settled as FAILED with this note, without a request.
 */
final class NothingToSend extends RuntimeException {

	NothingToSend(String note) {
		super(note, null, false, false);
	}

}
