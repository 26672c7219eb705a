package se.samverka.network;

/** What a member of a network may do. */
public enum Role {

	/** Plans meetings, polls, homework and digests; links conversations. */
	ORGANISER,
	/** Takes part in meetings, boards, polls and homework. */
	PARTICIPANT,
	/** Sits on the steering group and receives digests. */
	STEERING

}
