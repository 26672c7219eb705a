package se.samverka.teams;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.schema.Activity;

/**
 * Checks the Bot Connector's JWT with the SDK: signature by a key from the Bot Framework
 * OpenID metadata, issuer, audience = the app id of one of our registrations, lifetime (5
 * minutes' skew), channel endorsement, and that the token's serviceurl claim is the
 * activity's serviceUrl. With several registrations the activity must also be addressed
 * to the bot of the token's audience ({@code recipient.id} = {@code 28:<app id>}): that
 * bot account is stored with the conversation's reference and chooses the registration
 * whose token later posts there. Every way it can fail, including the SDK throwing on a
 * malformed token, becomes {@link NotAuthenticated}.
 */
class TeamsAuthentication {

	private final RegisteredApps credentials;

	private final AuthenticationConfiguration configuration = new AuthenticationConfiguration();

	TeamsAuthentication(TeamsSettings settings) {
		this.credentials = new RegisteredApps(settings.allRegistrations());
		if (!settings.openIdMetadataUrl().isEmpty()) {
			// The SDK keeps this in a static field; there is one Bot Framework cloud per
			// process.
			ChannelValidation.setOpenIdMetaDataUrl(settings.openIdMetadataUrl());
		}
	}

	ClaimsIdentity verify(String authorization, Activity activity) {
		if (credentials.passwords.isEmpty()) {
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
			if (credentials.passwords.size() > 1) {
				String audience = identity.claims().get(AuthenticationConstants.AUDIENCE_CLAIM);
				String recipient = activity.getRecipient() == null ? null : activity.getRecipient().getId();
				if (audience == null || !audience.equals(TeamsRegistration.appIdOf(recipient))) {
					throw new NotAuthenticated("activity not addressed to the bot of the token's audience");
				}
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

	/** Accepts a token for any configured registration's app id. */
	private static final class RegisteredApps implements CredentialProvider {

		private final Map<String, String> passwords = new HashMap<>();

		RegisteredApps(List<TeamsRegistration> registrations) {
			registrations.forEach(r -> passwords.put(r.appId(), r.appPassword()));
		}

		@Override
		public CompletableFuture<Boolean> isValidAppId(String appId) {
			return CompletableFuture.completedFuture(appId != null && passwords.containsKey(appId));
		}

		@Override
		public CompletableFuture<String> getAppPassword(String appId) {
			return CompletableFuture.completedFuture(appId == null ? null : passwords.get(appId));
		}

		@Override
		public CompletableFuture<Boolean> isAuthenticationDisabled() {
			return CompletableFuture.completedFuture(passwords.isEmpty());
		}

	}

	/** The request did not prove it comes from the Bot Connector. */
	static class NotAuthenticated extends RuntimeException {

		NotAuthenticated(String reason) {
			super(reason, null, false, false);
		}

	}

}
