package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mock.env.MockEnvironment;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import se.samverka.SamverkaApplication;

/**
 * The Teams registration as a production deployment gives it: the Bot Framework samples'
 * variable names as aliases of MICROSOFT_APP_*, the registration list for the production
 * guard, and a whole production start on a MongoDB given by its URI.
 */
class ProductionSettingsIntegrationTests {

	static final TeamsRegistrationsConfigured TEAMS = new TeamsRegistrationsConfigured();

	@TempDir
	Path dataDir;

	@Test
	void theBotFrameworkSamplesNamesAreAliasesOfTheRegistration() {
		try (ConfigurableApplicationContext context = settingsOnly("--MicrosoftAppId=app-from-sample",
				"--MicrosoftAppPassword=sample-secret", "--MicrosoftAppType=SingleTenant",
				"--MicrosoftAppTenantId=tenant-from-sample")) {
			TeamsSettings settings = context.getBean(TeamsSettings.class);
			assertThat(settings.appId()).isEqualTo("app-from-sample");
			assertThat(settings.appPassword()).isEqualTo("sample-secret");
			assertThat(settings.resolvedAppType()).isEqualTo(TeamsSettings.AppType.SINGLE_TENANT);
			assertThat(settings.tenantId()).isEqualTo("tenant-from-sample");
		}
	}

	@Test
	void ourOwnNamesWinOverTheAliases() {
		try (ConfigurableApplicationContext context = settingsOnly("--MICROSOFT_APP_ID=ours",
				"--MicrosoftAppId=sample")) {
			assertThat(context.getBean(TeamsSettings.class).appId()).isEqualTo("ours");
		}
	}

	@Test
	void theGuardCountsEveryFormOfRegistration() {
		assertThat(TEAMS.configured(new MockEnvironment())).isFalse();
		assertThat(TEAMS.configured(new MockEnvironment().withProperty("samverka.teams.app-id", "a")))
			.as("an app id without a password")
			.isFalse();
		assertThat(TEAMS.configured(new MockEnvironment().withProperty("samverka.teams.app-id", "a")
			.withProperty("samverka.teams.app-type", "UserAssignedMSI"))).isTrue();
		assertThat(TEAMS.configured(new MockEnvironment().withProperty("samverka.teams.registrations[0].app-id", "b")
			.withProperty("samverka.teams.registrations[0].app-password", "secret"))).isTrue();
		assertThat(TEAMS.configured(new MockEnvironment().withProperty("samverka.teams.registrations",
				"[{\"appId\":\"c\",\"appPassword\":\"secret\",\"tenantId\":\"t\"}]")))
			.isTrue();
		assertThat(TEAMS
			.configured(new MockEnvironment().withProperty("samverka.teams.registrations", "[{\"appId\":\"c\"}]")))
			.isFalse();
		assertThatThrownBy(
				() -> TEAMS.configured(new MockEnvironment().withProperty("samverka.teams.registrations", "not json")))
			.hasMessageContaining("SAMVERKA_TEAMS_REGISTRATIONS is not JSON");
	}

	@Test
	void productionStartsOnTheGivenMongoDbWithTheSamplesNames() {
		MemoryBackend backend = new MemoryBackend();
		backend.version(ServerVersion.MONGO_5_0);
		MongoServer server = new MongoServer(backend);
		int port = server.bind().getPort();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SamverkaApplication.class)
			.profiles("production")
			.run("--server.port=0", "--samverka.storage.data-dir=" + dataDir,
					"--samverka.storage.uri=mongodb://127.0.0.1:" + port + "/samverka",
					"--MicrosoftAppId=production-app", "--MicrosoftAppPassword=production-secret",
					"--MicrosoftAppTenantId=production-tenant")) {
			assertThat(context.getBean(TeamsMode.class)).isEqualTo(TeamsMode.AUTHENTICATED);
			assertThat(context.getBean(TeamsSettings.class).appId()).isEqualTo("production-app");
			assertThat(dataDir.resolve("samverka.mv")).as("the embedded database never started").doesNotExist();
		}
		finally {
			server.shutdownNow();
		}
	}

	@Test
	void productionRefusesTheEmbeddedDatabaseBeforeStartingIt() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(SamverkaApplication.class).profiles("production")
			.run("--server.port=0", "--samverka.storage.embedded-port=0", "--samverka.storage.data-dir=" + dataDir,
					"--MicrosoftAppId=production-app", "--MicrosoftAppPassword=production-secret")
			.close())
			.satisfies(thrown -> assertThat(NestedExceptionUtils.getMostSpecificCause(thrown))
				.hasMessageContaining("MONGODB_URI is not set")
				.hasMessageNotContaining("neither Teams"));
		assertThat(dataDir.resolve("samverka.mv")).doesNotExist();
	}

	private static ConfigurableApplicationContext settingsOnly(String... args) {
		return new SpringApplicationBuilder(SettingsOnly.class).web(WebApplicationType.NONE).run(args);
	}

	/**
	 * Only the Teams settings; not a {@code @Configuration}, so that no other test's
	 * component scan picks it up.
	 */
	@EnableConfigurationProperties(TeamsSettings.class)
	static class SettingsOnly {

		@Bean
		static TeamsRegistrationsJson teamsRegistrationsJson() {
			return new TeamsRegistrationsJson();
		}

	}

}
