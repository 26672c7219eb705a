package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;

import se.samverka.teams.TeamsSettings.AppType;

class TeamsSettingsUnitTests {

	@Test
	void masksThePasswordWhenPrinted() {
		TeamsSettings settings = new TeamsSettings("app", "very-secret", "", "", "", List.of(), null);
		assertThat(settings.toString()).contains("app").doesNotContain("very-secret").contains("******");
	}

	@Test
	void defaultsToTheMicrosoftServiceHosts() {
		TeamsSettings settings = new TeamsSettings("", "", "", "", "", null, null);
		assertThat(settings.allowedServiceHosts()).contains("smba.trafficmanager.net", "*.botframework.com",
				"*.teams.microsoft.com");
	}

	@Test
	void aTenantMakesTheBotSingleTenantUnlessTheTypeIsGiven() {
		assertThat(AppType.of("", "tenant-x")).isEqualTo(AppType.SINGLE_TENANT);
		assertThat(AppType.of("", "")).isEqualTo(AppType.MULTI_TENANT);
		assertThat(AppType.of("MultiTenant", "tenant-x")).isEqualTo(AppType.MULTI_TENANT);
		assertThat(AppType.of("userassignedmsi", "")).isEqualTo(AppType.USER_ASSIGNED_MSI);
		assertThatThrownBy(() -> AppType.of("Anonymous", "")).hasMessageContaining("SingleTenant");
	}

	@Test
	void aSingleTenantBotGetsItsTokensFromItsOwnTenant() {
		TeamsSettings settings = new TeamsSettings("app", "pw", "SingleTenant", "contoso-tenant", "", List.of(), null);
		MicrosoftAppCredentials credentials = (MicrosoftAppCredentials) TeamsCredentials.appCredentials(settings);
		assertThat(credentials.getAppId()).isEqualTo("app");
		assertThat(credentials.getAppPassword()).isEqualTo("pw");
		assertThat(credentials.oAuthEndpoint()).endsWith("/contoso-tenant");
		assertThat(credentials.oAuthScope()).isEqualTo("https://api.botframework.com/.default");
	}

	@Test
	void aMultiTenantBotUsesTheBotFrameworkTenant() {
		TeamsSettings settings = new TeamsSettings("app", "pw", "MultiTenant", "", "", List.of(), null);
		assertThat(TeamsCredentials.appCredentials(settings).oAuthEndpoint()).endsWith("/botframework.com");
	}

	@Test
	void aSingleTenantBotWithoutTenantIsAConfigurationError() {
		TeamsSettings settings = new TeamsSettings("app", "pw", "SingleTenant", "", "", List.of(), null);
		assertThatThrownBy(() -> TeamsCredentials.appCredentials(settings)).hasMessageContaining("tenant");
	}

	@Test
	void aManagedIdentityBotAsksForABotFrameworkTokenAsItsUserAssignedIdentity() {
		TeamsSettings settings = new TeamsSettings("client-id-1", "", "UserAssignedMSI", "contoso-tenant", "",
				List.of(), null);
		ManagedIdentityCredentials credentials = (ManagedIdentityCredentials) TeamsCredentials.appCredentials(settings);
		assertThat(credentials.getAppId()).isEqualTo("client-id-1");
		assertThat(credentials.identity().getUserAssignedId()).isEqualTo("client-id-1");
		assertThat(String.valueOf(credentials.identity().getIdType())).isEqualTo("CLIENT_ID");
		assertThat(credentials.tokenRequest().resource()).isEqualTo("https://api.botframework.com");
		assertThat(credentials.oAuthEndpoint()).endsWith("/contoso-tenant");
	}

	@Test
	void devModeHasNoBotToken() {
		assertThat(TeamsCredentials.from(new TeamsSettings("", "", "", "", "", List.of(), null)).bearerToken())
			.isEmpty();
	}

}
