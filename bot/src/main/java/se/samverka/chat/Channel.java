package se.samverka.chat;

/** The places people talk to Samverka. */
public enum Channel {

	TEAMS, SLACK, PLAYGROUND

}
