package se.samverka;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.lang.ArchRule;

/**
 * Where the platform SDKs, Quartz, Jackson 2 and Micrometer may be used, and which way
 * feature packages may depend. Shared by {@link ArchitectureTests} (on the application)
 * and {@link ArchitectureRulesUnitTests} (on a fixture that breaks them).
 */
final class ArchitectureRules {

	static final ArchRule BOT_FRAMEWORK_ONLY_IN_TEAMS = noClasses().that()
		.resideOutsideOfPackage("se.samverka.teams..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.microsoft..")
		.because("the retired Bot Framework SDK stays inside the Teams adapter");

	static final ArchRule SLACK_SDK_ONLY_IN_SLACK = noClasses().that()
		.resideOutsideOfPackage("se.samverka.slack..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.slack.api..")
		.because("the Slack SDK stays inside the Slack adapter");

	static final ArchRule QUARTZ_ONLY_IN_SCHEDULER = noClasses().that()
		.resideOutsideOfPackage("se.samverka.scheduler..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.quartz..")
		.because("features schedule through the scheduler module, which owns Quartz");

	static final ArchRule JACKSON_2_ONLY_IN_PLATFORM_ADAPTERS = noClasses().that()
		.resideOutsideOfPackages("se.samverka.teams..", "se.samverka.slack..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.fasterxml.jackson..")
		.because("Spring Boot 4 uses Jackson 3; Jackson 2 is only for the platform SDKs' own objects");

	static final ArchRule MAIL_ONLY_IN_EMAIL = noClasses().that()
		.resideOutsideOfPackage("se.samverka.email..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("jakarta.mail..", "org.springframework.mail..")
		.because("SMTP is one channel adapter: features reach people by e-mail through the delivery ledger");

	static final ArchRule MICROMETER_ONLY_IN_METRICS = noClasses().that()
		.resideOutsideOfPackage("se.samverka.metrics..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.micrometer..")
		.because("meters are kept in one place (se.samverka.metrics); the core and the scheduler report through it");

	static final ArchRule FEATURES_DO_NOT_DEPEND_ON_CHANNELS = noClasses().that()
		.resideOutsideOfPackages("se.samverka.teams..", "se.samverka.slack..", "se.samverka.web..",
				"se.samverka.email..", "se.samverka.webpage..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("se.samverka.teams..", "se.samverka.slack..", "se.samverka.web..", "se.samverka.email..",
				"se.samverka.webpage..")
		.because("features speak the channel-neutral model in chat/; channels depend on features, not the reverse");

	static final ArchRule THE_CORE_KNOWS_NO_FEATURE = noClasses().that()
		.resideInAnyPackage("se.samverka.chat..", "se.samverka.conversation..", "se.samverka.delivery..",
				"se.samverka.links..", "se.samverka.storage..", "se.samverka.scheduler..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("se.samverka.network..", "se.samverka.meeting..", "se.samverka.grouping..",
				"se.samverka.reflection..", "se.samverka.poll..", "se.samverka.homework..", "se.samverka.evaluation..",
				"se.samverka.digest..", "se.samverka.dialogue..")
		.because("features build on the message model, the log, delivery and storage, never the other way round");

	/**
	 * One way out: only the delivery ledger's drainer calls a platform sender; features
	 * and channels send proactively through the ledger (Outbox, LiveCards).
	 */
	static final ArchRule ONLY_THE_LEDGER_SENDS = noClasses().that()
		.resideOutsideOfPackage("se.samverka.delivery..")
		.should()
		.callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates
			.target(com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With
				.owner(com.tngtech.archunit.base.DescribedPredicate.describe("ChannelSender",
						owner -> owner.isEquivalentTo(se.samverka.delivery.ChannelSender.class)))))
		.because("every proactive message goes through the delivery ledger, with its rate limits and counts");

	/**
	 * Top-level packages (features, channels, the core) form no cycle: when two features
	 * need each other, one of them publishes an event or the shared part moves down.
	 */
	static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = noCyclesBetweenPackagesUnder("se.samverka");

	/** The cycle rule for the packages directly under {@code root}. */
	static ArchRule noCyclesBetweenPackagesUnder(String root) {
		return slices().matching(root + ".(*)..")
			.should()
			.beFreeOfCycles()
			.because("a feature package must be understandable, testable and removable without the ones that use it");
	}

	static final List<ArchRule> ALL = List.of(BOT_FRAMEWORK_ONLY_IN_TEAMS, SLACK_SDK_ONLY_IN_SLACK, MAIL_ONLY_IN_EMAIL,
			THE_CORE_KNOWS_NO_FEATURE, QUARTZ_ONLY_IN_SCHEDULER, JACKSON_2_ONLY_IN_PLATFORM_ADAPTERS,
			FEATURES_DO_NOT_DEPEND_ON_CHANNELS, NO_CYCLES_BETWEEN_PACKAGES, ONLY_THE_LEDGER_SENDS,
			MICROMETER_ONLY_IN_METRICS);

	private ArchitectureRules() {
	}

}
