package se.samverka.teams;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The retired Bot Framework SDK stays inside the teams package. */
class TeamsBoundaryTests {

	@Test
	void onlyTheTeamsPackageUsesTheBotFrameworkSdk() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("se.samverka");
		noClasses().that()
			.resideOutsideOfPackage("se.samverka.teams..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.microsoft..")
			.check(classes);
	}

}
