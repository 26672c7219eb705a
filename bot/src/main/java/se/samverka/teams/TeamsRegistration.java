package se.samverka.teams;

import org.springframework.boot.context.properties.bind.ConstructorBinding;

import se.samverka.teams.TeamsSettings.AppType;

/**
 * One Azure Bot registration Samverka answers for: a principal's own single-tenant bot
 * (their app id, secret or managed identity, tenant), all with the same messaging
 * endpoint.
 *
 * @param appType SingleTenant, MultiTenant or UserAssignedMSI; blank means SingleTenant
 * when a tenant is given, else MultiTenant
 * @param problem why the configuration could not be read (an entry of a malformed
 * {@code SAMVERKA_TEAMS_REGISTRATIONS}); empty for a real registration
 */
record TeamsRegistration(String appId, String appPassword, String appType, String tenantId, String problem) {

	/** The prefix Teams puts before a bot's app id in its channel account id. */
	static final String BOT_ID_PREFIX = "28:";

	TeamsRegistration {
		appId = blankToEmpty(appId);
		appPassword = blankToEmpty(appPassword);
		appType = blankToEmpty(appType);
		tenantId = blankToEmpty(tenantId);
		problem = blankToEmpty(problem);
	}

	@ConstructorBinding
	TeamsRegistration(String appId, String appPassword, String appType, String tenantId) {
		this(appId, appPassword, appType, tenantId, "");
	}

	/**
	 * Stands for registrations that could not be read, until
	 * {@link TeamsSettings#allRegistrations()} reports it.
	 */
	static TeamsRegistration unreadable(String problem) {
		return new TeamsRegistration("", "", "", "", problem);
	}

	AppType resolvedAppType() {
		return AppType.of(appType, tenantId);
	}

	/** The app id in a Teams bot account id ({@code 28:<app id>}), or the id as it is. */
	static String appIdOf(String botId) {
		if (botId == null) {
			return "";
		}
		return botId.startsWith(BOT_ID_PREFIX) ? botId.substring(BOT_ID_PREFIX.length()) : botId;
	}

	private static String blankToEmpty(String value) {
		return value == null ? "" : value.strip();
	}

	@Override
	public String toString() {
		if (!problem.isEmpty()) {
			return "TeamsRegistration[unreadable]";
		}
		return "TeamsRegistration[appId=" + appId + ", appPassword=" + (appPassword.isEmpty() ? "" : "******")
				+ ", appType=" + resolvedAppType() + ", tenantId=" + tenantId + "]";
	}

}
