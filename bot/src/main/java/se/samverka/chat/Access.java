package se.samverka.chat;

/**
 * Who may run a command. The dialogue decides it once, before the command runs, and help
 * lists a command only to people it admits. Who counts as a member of which network is
 * written down in the README ("Who may do what").
 */
public enum Access {

	/** Anyone, in a network or not. */
	EVERYONE,
	/**
	 * Anyone in a conversation linked to the network (a member or not), and the network's
	 * members wherever they are: for what a channel follows together on the day.
	 */
	IN_NETWORK,
	/** The network's members. */
	MEMBER,
	/** Organisers and steering members. */
	STEERING,
	/** Organisers. */
	ORGANISER

}
