package se.samverka.chat;

/**
 * The places people talk to Samverka. {@code WEB} is for members with neither Teams nor
 * Slack: they act on their personal web page and get proactive messages by e-mail.
 */
public enum Channel {

	TEAMS, SLACK, PLAYGROUND, WEB

}
