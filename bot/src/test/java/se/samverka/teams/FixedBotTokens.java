package se.samverka.teams;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bot tokens that normally come from each registration's Entra ID, for tests that are not
 * about where they come from: a fixed token per app id.
 */
final class FixedBotTokens {

	private FixedBotTokens() {
	}

	static TeamsBotIdentities byAppId(Map<String, String> tokens) {
		Map<String, TeamsCredentials> byAppId = new LinkedHashMap<>();
		tokens.forEach((appId, token) -> byAppId.put(appId, token(token)));
		return new TeamsBotIdentities(byAppId);
	}

	static TeamsCredentials token(String token) {
		return new TeamsCredentials(() -> token);
	}

}
