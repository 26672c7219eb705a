package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import se.samverka.architecturefixture.LeakyFeature;
import se.samverka.web.architecturefixture.FixtureChannel;

/**
 * The rules bite: a feature class that uses every forbidden library breaks every rule.
 */
class ArchitectureRulesUnitTests {

	private final JavaClasses fixture = new ClassFileImporter().importPackages("se.samverka.architecturefixture");

	@Test
	void aFeatureUsingTheBotFrameworkBreaksTheTeamsRule() {
		assertBroken(ArchitectureRules.BOT_FRAMEWORK_ONLY_IN_TEAMS, "com.microsoft.bot.schema.Activity");
	}

	@Test
	void aFeatureUsingTheSlackSdkBreaksTheSlackRule() {
		assertBroken(ArchitectureRules.SLACK_SDK_ONLY_IN_SLACK, "com.slack.api.model.block.LayoutBlock");
	}

	@Test
	void aFeatureUsingQuartzBreaksTheSchedulerRule() {
		assertBroken(ArchitectureRules.QUARTZ_ONLY_IN_SCHEDULER, "org.quartz.JobKey");
	}

	@Test
	void aFeatureUsingJackson2BreaksTheJacksonRule() {
		assertBroken(ArchitectureRules.JACKSON_2_ONLY_IN_PLATFORM_ADAPTERS, "com.fasterxml.jackson.databind.JsonNode");
	}

	@Test
	void aFeatureWritingMailItselfBreaksTheEmailRule() {
		assertBroken(ArchitectureRules.MAIL_ONLY_IN_EMAIL, "jakarta.mail.internet.MimeMessage");
	}

	@Test
	void aFeatureKeepingItsOwnMetersBreaksTheMetricsRule() {
		assertBroken(ArchitectureRules.MICROMETER_ONLY_IN_METRICS, "io.micrometer.core.instrument.Counter");
	}

	@Test
	void aFeatureCallingAPlatformSenderBreaksTheOneWayOutRule() {
		assertBroken(ArchitectureRules.ONLY_THE_LEDGER_SENDS, "ChannelSender.send");
	}

	@Test
	void aFeatureReachingIntoAChannelAdapterBreaksTheDirectionRule() {
		JavaClasses withAdapter = new ClassFileImporter().importPackages("se.samverka.architecturefixture",
				"se.samverka.web.architecturefixture");
		EvaluationResult result = ArchitectureRules.FEATURES_DO_NOT_DEPEND_ON_CHANNELS.evaluate(withAdapter);
		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).anyMatch(
				line -> line.contains(LeakyFeature.class.getName()) && line.contains(FixtureChannel.class.getName()));
	}

	@Test
	void twoPackagesThatNeedEachOtherBreakTheCycleRule() {
		JavaClasses cycle = new ClassFileImporter().importPackages("se.samverka.architecturefixture.cyclea",
				"se.samverka.architecturefixture.cycleb");
		EvaluationResult result = ArchitectureRules.noCyclesBetweenPackagesUnder("se.samverka.architecturefixture")
			.evaluate(cycle);
		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("Chicken").contains("Egg");
	}

	@Test
	void aCleanFeatureBreaksNoRule() {
		JavaClasses clean = new ClassFileImporter().importClasses(se.samverka.chat.Message.class);
		for (ArchRule rule : ArchitectureRules.ALL) {
			assertThat(rule.evaluate(clean).hasViolation()).as(rule.getDescription()).isFalse();
		}
	}

	private void assertBroken(ArchRule rule, String forbidden) {
		EvaluationResult result = rule.evaluate(fixture);
		assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
		assertThat(result.getFailureReport().getDetails())
			.anyMatch(line -> line.contains(LeakyFeature.class.getName()) && line.contains(forbidden));
	}

}
