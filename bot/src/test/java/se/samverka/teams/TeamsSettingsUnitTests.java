package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import se.samverka.delivery.DeliveryFailed;
import se.samverka.teams.TeamsSettings.AppType;

class TeamsSettingsUnitTests {

	@Test
	void masksThePasswordWhenPrinted() {
		TeamsSettings settings = new TeamsSettings("app", "very-secret", "", "", "", List.of(), null, null, null);
		assertThat(settings.toString()).contains("app").doesNotContain("very-secret").contains("******");
	}

	@Test
	void defaultsToTheMicrosoftServiceHosts() {
		TeamsSettings settings = new TeamsSettings("", "", "", "", "", null, null, null, null);
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
		TeamsSettings settings = new TeamsSettings("app", "pw", "SingleTenant", "contoso-tenant", "", List.of(), null,
				null, null);
		BotTokenEndpoint endpoint = (BotTokenEndpoint) tokenSource(settings);
		assertThat(endpoint.url()).isEqualTo("https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/token");
	}

	@Test
	void theLoginUrlIsConfigurable() {
		TeamsSettings settings = new TeamsSettings("app", "pw", "SingleTenant", "contoso-tenant", "", List.of(), null,
				null, "http://127.0.0.1:9999/");
		assertThat(((BotTokenEndpoint) tokenSource(settings)).url())
			.isEqualTo("http://127.0.0.1:9999/contoso-tenant/oauth2/v2.0/token");
		assertThat(new TeamsSettings("", "", "", "", "", null, null, null, " ").loginUrl())
			.isEqualTo("https://login.microsoftonline.com");
		assertThat(new TeamsSettings("", "", "", "", "", null, null, null, null).botFrameworkMetadataUrl())
			.isEqualTo("https://login.botframework.com/v1/.well-known/openidconfiguration");
	}

	@Test
	void aMultiTenantBotUsesTheBotFrameworkTenant() {
		TeamsSettings settings = new TeamsSettings("app", "pw", "MultiTenant", "", "", List.of(), null, null, null);
		assertThat(((BotTokenEndpoint) tokenSource(settings)).url())
			.isEqualTo("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token");
	}

	@Test
	void aSingleTenantBotWithoutTenantIsAConfigurationError() {
		TeamsSettings settings = new TeamsSettings("app", "pw", "SingleTenant", "", "", List.of(), null, null, null);
		assertThatThrownBy(() -> tokenSource(settings)).hasMessageContaining("tenant");
	}

	@Test
	void aManagedIdentityBotAsksForABotFrameworkTokenAsItsUserAssignedIdentity() {
		ManagedIdentityCredentials credentials = new ManagedIdentityCredentials("client-id-1", "contoso-tenant");
		assertThat(credentials.getAppId()).isEqualTo("client-id-1");
		assertThat(credentials.identity().getUserAssignedId()).isEqualTo("client-id-1");
		assertThat(String.valueOf(credentials.identity().getIdType())).isEqualTo("CLIENT_ID");
		assertThat(credentials.tokenRequest().resource()).isEqualTo("https://api.botframework.com");
		assertThat(credentials.oAuthEndpoint()).endsWith("/contoso-tenant");
		TeamsSettings settings = new TeamsSettings("client-id-1", "", "UserAssignedMSI", "contoso-tenant", "",
				List.of(), null, null, null);
		assertThat(tokenSource(settings)).isNotInstanceOf(BotTokenEndpoint.class);
	}

	@Test
	void devModeHasNoBotToken() {
		assertThat(TeamsBotIdentities.from(new TeamsSettings("", "", "", "", "", List.of(), null, null, null))
			.forBot("28:any")
			.bearerToken()).isEmpty();
	}

	@Test
	void theSingleRegistrationVariablesStillMakeOneRegistration() {
		TeamsSettings settings = bind(Map.of("samverka.teams.app-id", "app-a", "samverka.teams.app-password", "pw-a",
				"samverka.teams.tenant-id", "tenant-a"));
		assertThat(settings.allRegistrations()).containsExactly(new TeamsRegistration("app-a", "pw-a", "", "tenant-a"));
		assertThat(settings.allRegistrations().get(0).resolvedAppType()).isEqualTo(AppType.SINGLE_TENANT);
		assertThat(settings.hasAppId()).isTrue();
	}

	@Test
	void aListOfRegistrationsBindsFromIndexedProperties() {
		TeamsSettings settings = bind(Map.of("samverka.teams.registrations[0].app-id", "app-a",
				"samverka.teams.registrations[0].app-password", "pw-a", "samverka.teams.registrations[0].tenant-id",
				"tenant-a", "samverka.teams.registrations[1].app-id", "app-b",
				"samverka.teams.registrations[1].app-type", "UserAssignedMSI",
				"samverka.teams.registrations[1].tenant-id", "tenant-b"));
		assertThat(settings.appId()).isEmpty();
		assertThat(settings.allRegistrations()).containsExactly(new TeamsRegistration("app-a", "pw-a", "", "tenant-a"),
				new TeamsRegistration("app-b", "", "UserAssignedMSI", "tenant-b"));
		assertThat(settings.toString()).doesNotContain("pw-a");
	}

	@Test
	void aListOfRegistrationsBindsFromEnvironmentVariables() {
		SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.of("SAMVERKA_TEAMS_REGISTRATIONS_0_APPID", "app-a", "SAMVERKA_TEAMS_REGISTRATIONS_0_TENANTID",
						"tenant-a", "SAMVERKA_TEAMS_REGISTRATIONS_1_APPID", "app-b",
						"SAMVERKA_TEAMS_REGISTRATIONS_1_APPPASSWORD", "pw-b"));
		TeamsSettings settings = new Binder(ConfigurationPropertySources.from(environment))
			.bind("samverka.teams", TeamsSettings.class)
			.get();
		assertThat(settings.allRegistrations()).containsExactly(new TeamsRegistration("app-a", "", "", "tenant-a"),
				new TeamsRegistration("app-b", "pw-b", "", ""));
	}

	@Test
	void theSingleRegistrationComesFirstAndTheListAfterIt() {
		TeamsSettings settings = bind(Map.of("samverka.teams.app-id", "app-a", "samverka.teams.tenant-id", "tenant-a",
				"samverka.teams.registrations[0].app-id", "app-b", "samverka.teams.registrations[0].tenant-id",
				"tenant-b"));
		assertThat(settings.allRegistrations()).extracting(TeamsRegistration::appId).containsExactly("app-a", "app-b");
	}

	@Test
	void anAppIdGivenTwiceOrMissingIsAConfigurationError() {
		TeamsSettings twice = bind(
				Map.of("samverka.teams.app-id", "app-a", "samverka.teams.registrations[0].app-id", "app-a"));
		assertThatThrownBy(twice::allRegistrations).hasMessageContaining("app-a").hasMessageContaining("twice");
		TeamsSettings missing = bind(Map.of("samverka.teams.registrations[0].tenant-id", "tenant-a"));
		assertThatThrownBy(missing::allRegistrations).hasMessageContaining("registrations[0].app-id");
	}

	@Test
	void eachBotPostsWithItsOwnRegistrationsToken() {
		TeamsBotIdentities identities = FixedBotTokens.byAppId(Map.of("app-a", "token-a", "app-b", "token-b"));
		assertThat(identities.forBot("28:app-a").bearerToken()).contains("token-a");
		assertThat(identities.forBot("28:app-b").bearerToken()).contains("token-b");
		assertThatThrownBy(() -> identities.forBot("28:app-c")).isInstanceOf(DeliveryFailed.class);
		assertThatThrownBy(() -> identities.forBot(null)).isInstanceOf(DeliveryFailed.class);
	}

	@Test
	void withOneRegistrationEveryBotAccountUsesIt() {
		TeamsBotIdentities identities = FixedBotTokens.byAppId(Map.of("app-a", "token-a"));
		assertThat(identities.forBot("28:samverka-bot").bearerToken()).contains("token-a");
	}

	private static TeamsCredentials.TokenSource tokenSource(TeamsSettings settings) {
		return TeamsCredentials.tokenSource(settings.allRegistrations().get(0), settings.loginUrl(),
				java.time.Clock.systemUTC());
	}

	private static TeamsSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bind("samverka.teams", TeamsSettings.class)
			.get();
	}

}
