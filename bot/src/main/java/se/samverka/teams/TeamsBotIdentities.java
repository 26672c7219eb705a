package se.samverka.teams;

import java.util.LinkedHashMap;
import java.util.Map;

import se.samverka.delivery.DeliveryFailed;

/**
 * The credentials of each configured Teams registration, by app id. An outbound post
 * carries the token of the registration whose bot the conversation belongs to (the
 * {@code 28:<app id>} bot account of its stored reference), never another's. With one
 * registration every post uses it, whatever the bot account says (as before several
 * registrations existed); with none (local dev) posts carry no token.
 */
class TeamsBotIdentities {

	private final Map<String, TeamsCredentials> byAppId;

	TeamsBotIdentities(Map<String, TeamsCredentials> byAppId) {
		this.byAppId = Map.copyOf(byAppId);
	}

	static TeamsBotIdentities from(TeamsSettings settings) {
		Map<String, TeamsCredentials> byAppId = new LinkedHashMap<>();
		for (TeamsRegistration registration : settings.allRegistrations()) {
			byAppId.put(registration.appId(), TeamsCredentials.from(registration, settings.loginUrl()));
		}
		return new TeamsBotIdentities(byAppId);
	}

	static TeamsBotIdentities none() {
		return new TeamsBotIdentities(Map.of());
	}

	/**
	 * The credentials for posting as bot {@code botId}; refuses (not retryable) when
	 * several registrations are configured and none is this bot's.
	 */
	TeamsCredentials forBot(String botId) {
		if (byAppId.isEmpty()) {
			return TeamsCredentials.none();
		}
		if (byAppId.size() == 1) {
			return byAppId.values().iterator().next();
		}
		TeamsCredentials credentials = byAppId.get(TeamsRegistration.appIdOf(botId));
		if (credentials == null) {
			throw new DeliveryFailed("no Teams registration for this conversation's bot", false, null);
		}
		return credentials;
	}

	int size() {
		return byAppId.size();
	}

}
