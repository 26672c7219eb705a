package se.samverka.teams;

import java.util.concurrent.CompletableFuture;

import com.microsoft.aad.msal4j.ManagedIdentityApplication;
import com.microsoft.aad.msal4j.ManagedIdentityId;
import com.microsoft.aad.msal4j.ManagedIdentityParameters;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.Authenticator;

/**
 * Bot tokens for a bot registered with a user-assigned managed identity (app type
 * UserAssignedMSI): the identity's client id is the bot's app id, and the token comes
 * from the Azure host's managed-identity endpoint instead of a password. The retired SDK
 * has no such class.
 */
class ManagedIdentityCredentials extends AppCredentials {

	/**
	 * The managed-identity endpoint wants the resource, not a {@code /.default} scope.
	 */
	static final String BOT_FRAMEWORK_RESOURCE = "https://api.botframework.com";

	ManagedIdentityCredentials(String clientId, String tenantId) {
		super(tenantId == null || tenantId.isBlank() ? null : tenantId,
				AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE);
		setAppId(clientId);
	}

	ManagedIdentityId identity() {
		return ManagedIdentityId.userAssignedClientId(getAppId());
	}

	ManagedIdentityParameters tokenRequest() {
		return ManagedIdentityParameters.builder(BOT_FRAMEWORK_RESOURCE).build();
	}

	@Override
	protected Authenticator buildAuthenticator() {
		ManagedIdentityApplication application = ManagedIdentityApplication.builder(identity()).build();
		return () -> {
			try {
				return application.acquireTokenForManagedIdentity(tokenRequest());
			}
			catch (Exception ex) {
				return CompletableFuture.failedFuture(ex);
			}
		};
	}

}
