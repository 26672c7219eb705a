package se.samverka.chat;

/** Who a command is for; help lists a command only to people it is for. */
public enum Access {

	EVERYONE, MEMBER,
	/** Organisers and steering members. */
	STEERING, ORGANISER

}
