package se.samverka.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNamesUnitTests {

	@Test
	void sameOrganisationWhateverTheCaseSpacesAndAccents() {
		assertThat(OrganisationNames.same("region kronoberg", "Region Kronoberg")).isTrue();
		assertThat(OrganisationNames.same("  Region \t Kronoberg ", "Region Kronoberg")).isTrue();
		assertThat(OrganisationNames.same("Vaxjo kommun", "Växjö kommun")).isTrue();
		assertThat(OrganisationNames.same("VÄXJÖ KOMMUN", "växjö kommun")).isTrue();
		// NFKD: compatibility forms (a full-width letter, a ligature) are the plain ones
		assertThat(OrganisationNames.same("Ｒegion Kronoberg", "Region Kronoberg")).isTrue();
		assertThat(OrganisationNames.same("ﬁnsam", "Finsam")).isTrue();
	}

	@Test
	void differentOrganisationsStayDifferent() {
		assertThat(OrganisationNames.same("Region Kronoberg", "Region Kalmar")).isFalse();
		assertThat(OrganisationNames.same("RegionKronoberg", "Region Kronoberg")).isFalse();
		assertThat(OrganisationNames.same("Skola 1", "Skola 2")).isFalse();
	}

	@Test
	void tidyKeepsTheSpellingButNotTheExtraSpaces() {
		assertThat(OrganisationNames.tidy("  Växjö   kommun ")).isEqualTo("Växjö kommun");
		assertThat(OrganisationNames.tidy(null)).isEmpty();
	}

	@Test
	void aTypoOfAnExistingOrganisationIsANearMiss() {
		assertThat(OrganisationNames.nearMiss("Regoin Kronoberg", "Region Kronoberg")).as("swapped letters").isTrue();
		assertThat(OrganisationNames.nearMiss("Region Kronobreg", "Region Kronoberg")).isTrue();
		assertThat(OrganisationNames.nearMiss("Regin Kronoberrg", "Region Kronoberg")).as("two edits, long").isTrue();
		assertThat(OrganisationNames.nearMiss("RegionKronoberg", "Region Kronoberg")).as("a missing space").isTrue();
		assertThat(OrganisationNames.nearMiss("Polisne", "Polisen")).isTrue();
		assertThat(OrganisationNames.nearMiss("polisen", "Polisen")).as("the same is no near miss").isFalse();
	}

	@Test
	void similarButDifferentOrganisationsAreNoNearMiss() {
		assertThat(OrganisationNames.nearMiss("Region A", "Region B")).as("a short word differs").isFalse();
		assertThat(OrganisationNames.nearMiss("Skola 1", "Skola 2")).as("numbers differ").isFalse();
		assertThat(OrganisationNames.nearMiss("Skolan 12", "Skolan 21")).as("numbers differ").isFalse();
		assertThat(OrganisationNames.nearMiss("Polis", "Pol1s")).as("too short").isFalse();
		assertThat(OrganisationNames.nearMiss("Polisen", "Polismyndigheten")).isFalse();
		assertThat(OrganisationNames.nearMiss("Region Kalmar", "Region Kronoberg")).isFalse();
		assertThat(OrganisationNames.nearMiss("Skolann", "Skolaan")).as("one edit, short name").isTrue();
		assertThat(OrganisationNames.nearMiss("Skolxyn", "Skolan")).as("two edits, short name").isFalse();
	}

	@Test
	void distanceCountsASwapAsOneEdit() {
		assertThat(OrganisationNames.distance("region", "regoin")).isEqualTo(1);
		assertThat(OrganisationNames.distance("abc", "abc")).isZero();
		assertThat(OrganisationNames.distance("", "abc")).isEqualTo(3);
		assertThat(OrganisationNames.distance("kitten", "sitting")).isEqualTo(3);
	}

}
