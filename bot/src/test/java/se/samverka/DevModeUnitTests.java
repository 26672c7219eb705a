package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Dev mode is on only with no Teams registration at all, however one is given: the single
 * app id, the indexed list, or the list as one JSON array in an environment variable; an
 * app id without its password counts too.
 */
class DevModeUnitTests {

	@Test
	void onlyWithoutAnyTeamsRegistration() {
		assertThat(new DevMode(new MockEnvironment()).enabled()).isTrue();
		assertThat(new DevMode(new MockEnvironment().withProperty("samverka.teams.app-id", "a")).enabled()).isFalse();
		assertThat(new DevMode(new MockEnvironment().withProperty("samverka.teams.registrations[0].app-id", "b"))
			.enabled()).as("the list alone, without a password").isFalse();
		assertThat(new DevMode(variables(Map.of("SAMVERKA_TEAMS_REGISTRATIONS_0_APPID", "c",
				"SAMVERKA_TEAMS_REGISTRATIONS_0_APPPASSWORD", "secret")))
			.enabled()).isFalse();
		assertThat(new DevMode(variables(Map.of("SAMVERKA_TEAMS_REGISTRATIONS",
				"[{\"appId\":\"d\",\"appPassword\":\"secret\",\"tenantId\":\"t\"}]")))
			.enabled()).as("the list as one JSON array").isFalse();
		assertThat(new DevMode(variables(Map.of("SAMVERKA_TEAMS_REGISTRATIONS", "[]"))).enabled()).as("an empty list")
			.isTrue();
	}

	@Test
	void neverInProduction() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("production");
		assertThat(new DevMode(production).enabled()).isFalse();
	}

	/** An environment whose variables are these alone (not the machine's). */
	private static StandardEnvironment variables(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		return environment;
	}

}
