package se.samverka.teams;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bot tokens that normally come from each registration's Entra ID, which is not on this
 * machine: a fixed token per app id.
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
		return new TeamsCredentials(null) {
			@Override
			Optional<String> bearerToken() {
				return Optional.of(token);
			}
		};
	}

}
