package se.samverka.network;

/**
 * A feature that keeps a copy of its author's organisation with what they wrote (a vote,
 * an answer, a note), so that counts per organisation do not change when someone leaves.
 * When organisers rename or merge organisations these copies are changed with the
 * memberships, so every count follows.
 */
public interface OrganisationCopies {

	/** Where the copies are. */
	Where organisationCopies();

	/**
	 * Documents of {@code collection} hold the organisation in {@code organisation} and
	 * the id of their owner (a poll, a board) in {@code ownerField}; the owners are in
	 * {@code ownerCollection} and name their network in {@code networkId}.
	 */
	record Where(String collection, String ownerField, String ownerCollection) {
	}

}
