package se.samverka.delivery;

/**
 * The claim's lease ran out before its send could be marked: the entry went back to the
 * ledger and may already be someone else's, so this attempt sends nothing and records
 * nothing.
 */
final class LostClaim extends RuntimeException {

	LostClaim(String entryId) {
		super("claim of " + entryId + " lost before its send", null, false, false);
	}

}
