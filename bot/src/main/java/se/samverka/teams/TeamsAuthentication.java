package se.samverka.teams;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.Activity;

/**
 * Checks the Bot Connector's JWT with the SDK: signature by a key from the Bot Framework
 * OpenID metadata, issuer, audience = our app id, lifetime (5 minutes' skew), channel
 * endorsement, and that the token's serviceurl claim is the activity's serviceUrl. Every
 * way it can fail, including the SDK throwing on a malformed token, becomes
 * {@link NotAuthenticated}.
 */
class TeamsAuthentication {

	private final SimpleCredentialProvider credentials;

	private final AuthenticationConfiguration configuration = new AuthenticationConfiguration();

	TeamsAuthentication(TeamsSettings settings) {
		this.credentials = new SimpleCredentialProvider(settings.appId(), settings.appPassword());
		if (!settings.openIdMetadataUrl().isEmpty()) {
			// The SDK keeps this in a static field; there is one Bot Framework cloud per
			// process.
			ChannelValidation.setOpenIdMetaDataUrl(settings.openIdMetadataUrl());
		}
	}

	ClaimsIdentity verify(String authorization, Activity activity) {
		if (credentials.getAppId() == null || credentials.getAppId().isBlank()) {
			throw new NotAuthenticated("no app id configured");
		}
		if (authorization == null || authorization.isBlank()) {
			throw new NotAuthenticated("no Authorization header");
		}
		if (activity.getServiceUrl() == null || activity.getServiceUrl().isBlank()) {
			throw new NotAuthenticated("activity without serviceUrl");
		}
		try {
			ClaimsIdentity identity = JwtTokenValidation
				.authenticateRequest(activity, authorization, credentials, null, configuration)
				.get(15, TimeUnit.SECONDS);
			if (identity == null || !identity.isAuthenticated()) {
				throw new NotAuthenticated("token not authenticated");
			}
			return identity;
		}
		catch (ExecutionException ex) {
			throw new NotAuthenticated(ex.getCause() == null ? "rejected" : ex.getCause().getClass().getSimpleName());
		}
		catch (TimeoutException ex) {
			throw new NotAuthenticated("signing keys not available in time");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new NotAuthenticated("interrupted");
		}
		catch (NotAuthenticated ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// The SDK throws synchronously on some malformed tokens.
			throw new NotAuthenticated(ex.getClass().getSimpleName());
		}
	}

	/** The request did not prove it comes from the Bot Connector. */
	static class NotAuthenticated extends RuntimeException {

		NotAuthenticated(String reason) {
			super(reason, null, false, false);
		}

	}

}
