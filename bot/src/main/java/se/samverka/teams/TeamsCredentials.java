package se.samverka.teams;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import se.samverka.teams.TeamsSettings.AppType;

/**
 * The bot's own identity towards the Bot Connector: the bearer token on every outbound
 * post. None in local dev mode (the emulator and the test connector want none).
 */
class TeamsCredentials {

	/** Where a registration's bearer tokens come from. */
	interface TokenSource {

		String token();

	}

	private final TokenSource source;

	TeamsCredentials(TokenSource source) {
		this.source = source;
	}

	static TeamsCredentials none() {
		return new TeamsCredentials(null);
	}

	static TeamsCredentials from(TeamsRegistration registration, String loginUrl) {
		if (registration.appId().isEmpty()) {
			return none();
		}
		return new TeamsCredentials(tokenSource(registration, loginUrl, Clock.systemUTC()));
	}

	/**
	 * A SingleTenant bot gets its tokens from its own tenant, a MultiTenant one from the
	 * Bot Framework's, both with its client secret; a UserAssignedMSI bot from the Azure
	 * host's managed-identity endpoint.
	 */
	static TokenSource tokenSource(TeamsRegistration registration, String loginUrl, Clock clock) {
		AppType type = registration.resolvedAppType();
		switch (type) {
			case USER_ASSIGNED_MSI:
				ManagedIdentityCredentials identity = new ManagedIdentityCredentials(registration.appId(),
						registration.tenantId());
				return () -> waitFor(identity);
			case SINGLE_TENANT:
				if (registration.tenantId().isEmpty()) {
					throw new IllegalStateException("The SingleTenant Teams bot " + registration.appId()
							+ " needs its tenant id (samverka.teams.tenant-id / MICROSOFT_APP_TENANT_ID, or registrations[n].tenant-id)");
				}
				return new BotTokenEndpoint(loginUrl, registration.tenantId(), registration.appId(),
						registration.appPassword(), clock);
			default:
				return new BotTokenEndpoint(loginUrl, BotTokenEndpoint.BOT_FRAMEWORK_TENANT, registration.appId(),
						registration.appPassword(), clock);
		}
	}

	private static String waitFor(ManagedIdentityCredentials identity) {
		try {
			return identity.getToken().get(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while getting a bot token", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not get a bot token for app " + identity.getAppId(), ex);
		}
	}

	/**
	 * The bearer token for an outbound post, or empty when the bot has no identity (dev
	 * mode).
	 */
	Optional<String> bearerToken() {
		return source == null ? Optional.empty() : Optional.of(source.token());
	}

}
