package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * SAMVERKA_TEAMS_REGISTRATIONS as one JSON array, bound through Spring the way the
 * application binds it, next to the single-registration variables; a mistake in it never
 * puts a secret into an error.
 */
class TeamsRegistrationsJsonUnitTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(TeamsSettings.class)
	static class Binding {

		@Bean
		@ConfigurationPropertiesBinding
		static TeamsRegistrationsJson teamsRegistrationsJson() {
			return TeamsConfiguration.teamsRegistrationsJson();
		}

	}

	@Test
	void theRegistrationsComeFromOneJsonArray() {
		TeamsSettings settings = bind(Map.of("SAMVERKA_TEAMS_REGISTRATIONS",
				"[{\"appId\":\"app-a\",\"appPassword\":\"pw-a\",\"tenantId\":\"tenant-a\"},"
						+ "{\"app-id\":\"app-b\",\"APP_TYPE\":\"UserAssignedMSI\",\"tenant_id\":\"tenant-b\"}]"));

		assertThat(settings.allRegistrations()).containsExactly(new TeamsRegistration("app-a", "pw-a", "", "tenant-a"),
				new TeamsRegistration("app-b", "", "UserAssignedMSI", "tenant-b"));
	}

	@Test
	void theSingleRegistrationVariablesComeFirst() {
		TeamsSettings settings = bind(Map.of("SAMVERKA_TEAMS_APPID", "app-a", "SAMVERKA_TEAMS_TENANTID", "tenant-a",
				"SAMVERKA_TEAMS_REGISTRATIONS", "[{\"appId\":\"app-b\",\"tenantId\":\"tenant-b\"}]"));

		assertThat(settings.allRegistrations()).extracting(TeamsRegistration::appId).containsExactly("app-a", "app-b");
	}

	@Test
	void theIndexedVariablesStillWork() {
		TeamsSettings settings = bind(Map.of("SAMVERKA_TEAMS_REGISTRATIONS_0_APPID", "app-a",
				"SAMVERKA_TEAMS_REGISTRATIONS_0_TENANTID", "tenant-a"));

		assertThat(settings.allRegistrations()).containsExactly(new TeamsRegistration("app-a", "", "", "tenant-a"));
	}

	@Test
	void aMistakeNamesTheFieldButNeverShowsTheSecret() {
		TeamsSettings typo = bind(Map.of("SAMVERKA_TEAMS_REGISTRATIONS",
				"[{\"appId\":\"app-a\",\"appSecret\":\"very-secret-1\",\"tenantId\":\"tenant-a\"}]"));
		assertThatThrownBy(typo::allRegistrations).hasMessageContaining("appSecret")
			.hasMessageNotContaining("very-secret-1");

		TeamsSettings broken = bind(Map.of("SAMVERKA_TEAMS_REGISTRATIONS", "[{\"appPassword\":\"very-secret-2\""));
		assertThatThrownBy(broken::allRegistrations).hasMessageContaining("not JSON")
			.hasMessageNotContaining("very-secret-2");
		assertThat(broken.toString()).doesNotContain("very-secret-2");
	}

	private static TeamsSettings bind(Map<String, Object> environment) {
		TeamsSettings[] bound = new TeamsSettings[1];
		new ApplicationContextRunner()
			.withInitializer(context -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource(
						StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)))
			.withUserConfiguration(Binding.class)
			.run(context -> {
				assertThat(context).hasNotFailed();
				bound[0] = context.getBean(TeamsSettings.class);
			});
		return bound[0];
	}

}
