package se.samverka.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Slack app: its signing secret (the same for every workspace), and either a bot
 * token for one workspace, or the OAuth client with which any number of workspaces
 * install Samverka themselves (their bot tokens kept encrypted with {@code tokenKey}), or
 * both. The Web API's base URL and the authorize page's are what tests point at a local
 * fake.
 */
@ConfigurationProperties("samverka.slack")
record SlackSettings(String botToken, String signingSecret, String apiUrl, int workers, String clientId,
		String clientSecret, String tokenKey, String oauthUrl) {

	static final String DEFAULT_API_URL = "https://slack.com/api/";

	static final String DEFAULT_OAUTH_URL = "https://slack.com/oauth/v2/authorize";

	SlackSettings {
		botToken = stripped(botToken);
		signingSecret = stripped(signingSecret);
		apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.strip();
		if (!apiUrl.endsWith("/")) {
			apiUrl = apiUrl + "/";
		}
		workers = workers <= 0 ? 4 : workers;
		clientId = stripped(clientId);
		clientSecret = stripped(clientSecret);
		tokenKey = stripped(tokenKey);
		oauthUrl = oauthUrl == null || oauthUrl.isBlank() ? DEFAULT_OAUTH_URL : oauthUrl.strip();
		if (!clientId.isBlank() && (clientSecret.isBlank() || tokenKey.isBlank())) {
			throw new IllegalStateException("SLACK_CLIENT_ID is set, so workspaces may install Samverka through "
					+ "/slack/install; that also needs SLACK_CLIENT_SECRET and SLACK_TOKEN_KEY (a random 32-byte "
					+ "key in base64, for example from `openssl rand -base64 32`, that encrypts the stored bot tokens).");
		}
	}

	/**
	 * Slack is on with the signing secret and a way to act in a workspace; a blank
	 * signing secret must never reach Bolt.
	 */
	boolean enabled() {
		return !signingSecret.isBlank() && (!botToken.isBlank() || installable());
	}

	/** Whether workspaces can install Samverka through /slack/install (OAuth v2). */
	boolean installable() {
		return !clientId.isBlank();
	}

	@Override
	public String toString() {
		return "SlackSettings[botToken=" + mask(botToken) + ", signingSecret=" + mask(signingSecret) + ", apiUrl="
				+ apiUrl + ", workers=" + workers + ", clientId=" + (clientId.isBlank() ? "(none)" : clientId)
				+ ", clientSecret=" + mask(clientSecret) + ", tokenKey=" + mask(tokenKey) + ", oauthUrl=" + oauthUrl
				+ "]";
	}

	private static String stripped(String value) {
		return value == null ? "" : value.strip();
	}

	private static String mask(String secret) {
		return secret.isBlank() ? "(none)" : "****";
	}

}
