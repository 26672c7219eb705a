package se.samverka.teams;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;

import se.samverka.teams.TeamsSettings.AppType;

/**
 * The bot's own identity towards the Bot Connector: the bearer token on every outbound
 * post. None in local dev mode (the emulator and the test connector want none).
 */
class TeamsCredentials {

	private final AppCredentials credentials;

	TeamsCredentials(AppCredentials credentials) {
		this.credentials = credentials;
	}

	static TeamsCredentials none() {
		return new TeamsCredentials(null);
	}

	static TeamsCredentials from(TeamsRegistration registration) {
		if (registration.appId().isEmpty()) {
			return none();
		}
		return new TeamsCredentials(appCredentials(registration));
	}

	static AppCredentials appCredentials(TeamsRegistration settings) {
		AppType type = settings.resolvedAppType();
		String scope = AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE;
		switch (type) {
			case USER_ASSIGNED_MSI:
				return new ManagedIdentityCredentials(settings.appId(), settings.tenantId());
			case SINGLE_TENANT:
				if (settings.tenantId().isEmpty()) {
					throw new IllegalStateException("The SingleTenant Teams bot " + settings.appId()
							+ " needs its tenant id (samverka.teams.tenant-id / MICROSOFT_APP_TENANT_ID, or registrations[n].tenant-id)");
				}
				return new MicrosoftAppCredentials(settings.appId(), settings.appPassword(), settings.tenantId(),
						scope);
			default:
				return new MicrosoftAppCredentials(settings.appId(), settings.appPassword(), null, scope);
		}
	}

	Optional<AppCredentials> appCredentials() {
		return Optional.ofNullable(credentials);
	}

	/**
	 * The bearer token for an outbound post, or empty when the bot has no identity (dev
	 * mode).
	 */
	Optional<String> bearerToken() {
		if (credentials == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(credentials.getToken().get(20, TimeUnit.SECONDS));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while getting a bot token", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not get a bot token for app " + credentials.getAppId(), ex);
		}
	}

}
