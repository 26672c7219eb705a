package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules on the application's own classes: the bot module and, through
 * its dependency, the scheduler module (both live under se.samverka). Test classes are
 * left out.
 */
class ArchitectureTests {

	private static JavaClasses application;

	@BeforeAll
	static void importApplication() {
		application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("se.samverka");
	}

	@Test
	void importsTheBotAndTheSchedulerButNoTests() {
		assertThat(application.containPackage("se.samverka.dialogue")).isTrue();
		assertThat(application.containPackage("se.samverka.scheduler")).isTrue();
		assertThat(application.contain(ArchitectureTests.class)).isFalse();
	}

	@Test
	void botFrameworkIsUsedOnlyInTeams() {
		ArchitectureRules.BOT_FRAMEWORK_ONLY_IN_TEAMS.check(application);
	}

	@Test
	void slackSdkIsUsedOnlyInSlack() {
		ArchitectureRules.SLACK_SDK_ONLY_IN_SLACK.check(application);
	}

	@Test
	void mailIsWrittenOnlyInTheEmailAdapter() {
		ArchitectureRules.MAIL_ONLY_IN_EMAIL.check(application);
	}

	@Test
	void quartzIsUsedOnlyInTheScheduler() {
		ArchitectureRules.QUARTZ_ONLY_IN_SCHEDULER.check(application);
	}

	@Test
	void jackson2IsUsedOnlyInTeamsAndSlack() {
		ArchitectureRules.JACKSON_2_ONLY_IN_PLATFORM_ADAPTERS.check(application);
	}

	@Test
	void theCoreKnowsNoFeature() {
		ArchitectureRules.THE_CORE_KNOWS_NO_FEATURE.check(application);
	}

	@Test
	void featuresDoNotDependOnChannelAdapters() {
		ArchitectureRules.FEATURES_DO_NOT_DEPEND_ON_CHANNELS.check(application);
	}

	@Test
	void topLevelPackagesFormNoCycle() {
		ArchitectureRules.NO_CYCLES_BETWEEN_PACKAGES.check(application);
	}

	@Test
	void micrometerIsUsedOnlyInMetrics() {
		ArchitectureRules.MICROMETER_ONLY_IN_METRICS.check(application);
	}

	@Test
	void onlyTheLedgerCallsAPlatformSender() {
		ArchitectureRules.ONLY_THE_LEDGER_SENDS.check(application);
	}

}
