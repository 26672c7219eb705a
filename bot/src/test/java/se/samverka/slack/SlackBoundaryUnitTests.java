package se.samverka.slack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The Slack SDK stays in this package; the rest of Samverka only sees the neutral model. */
class SlackBoundaryUnitTests {

	@Test
	void onlyTheSlackPackageUsesTheSlackSdk() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("se.samverka");
		noClasses().that()
			.resideOutsideOfPackage("se.samverka.slack..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.slack.api..")
			.check(classes);
	}

}
