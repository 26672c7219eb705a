package se.samverka.slack;

/**
 * Samverka's bot in one Slack workspace: the token its Web API calls there carry, and who
 * the bot is (so it can tell its own messages and mentions).
 */
record SlackBot(String team, String token, String userId, String botId) {

	@Override
	public String toString() {
		return "SlackBot[team=" + team + ", token=****, userId=" + userId + ", botId=" + botId + "]";
	}

}
