package se.samverka.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Slack app: its bot token and signing secret (both needed, or Slack stays off), and
 * the Web API's base URL, which tests point at a local fake.
 */
@ConfigurationProperties("samverka.slack")
record SlackSettings(String botToken, String signingSecret, String apiUrl, int workers) {

	static final String DEFAULT_API_URL = "https://slack.com/api/";

	SlackSettings {
		botToken = botToken == null ? "" : botToken.strip();
		signingSecret = signingSecret == null ? "" : signingSecret.strip();
		apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.strip();
		if (!apiUrl.endsWith("/")) {
			apiUrl = apiUrl + "/";
		}
		workers = workers <= 0 ? 4 : workers;
	}

	/**
	 * Slack is on only with both secrets; a blank signing secret must never reach Bolt.
	 */
	boolean enabled() {
		return !botToken.isBlank() && !signingSecret.isBlank();
	}

	@Override
	public String toString() {
		return "SlackSettings[botToken=" + mask(botToken) + ", signingSecret=" + mask(signingSecret) + ", apiUrl="
				+ apiUrl + ", workers=" + workers + "]";
	}

	private static String mask(String secret) {
		return secret.isBlank() ? "(none)" : "****";
	}

}
