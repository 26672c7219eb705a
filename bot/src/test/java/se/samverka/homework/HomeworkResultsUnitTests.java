package se.samverka.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverka.homework.HomeworkResults.GivenAnswer;

/**
 * An organisation is named next to answers only with at least five of its own; the rest
 * are "other organisations", and never a remainder of one to four beside named ones.
 */
class HomeworkResultsUnitTests {

	static List<HomeworkAnswers> answers(Map<String, Integer> perOrganisation) {
		List<HomeworkAnswers> all = new ArrayList<>();
		perOrganisation.forEach((organisation, count) -> {
			for (int i = 0; i < count; i++) {
				all.add(new HomeworkAnswers(organisation + i, "h1", "p" + organisation + i, organisation,
						Map.of("1", organisation + " svar " + i), null));
			}
		});
		return all;
	}

	@Test
	void anOrganisationWithFiveAnswersIsNamedAndTheRestAreOtherOrganisations() {
		List<GivenAnswer> given = HomeworkResults.answers(answers(
				Map.of("Skolan", 5, "Polismyndigheten", 1, "Region Kronoberg", 1, "IFO", 1, "Fritid", 1, "Kyrkan", 1)),
				1);

		assertThat(given).hasSize(10);
		assertThat(given.subList(0, 5)).extracting(GivenAnswer::organisation).containsOnly("Skolan");
		assertThat(given.subList(5, 10)).allMatch(GivenAnswer::amongOthers);
		assertThat(given).extracting(GivenAnswer::organisation).doesNotContain("Polismyndigheten");
	}

	@Test
	void aRemainderOfOneToFourBesideNamedOrganisationsShowsNoOrganisationAtAll() {
		List<GivenAnswer> given = HomeworkResults.answers(answers(Map.of("Skolan", 6, "Polismyndigheten", 1)), 1);

		assertThat(given).hasSize(7).extracting(GivenAnswer::organisation).containsOnlyNulls();
		assertThat(given).extracting(GivenAnswer::text).isSorted();
	}

	@Test
	void noOrganisationWithFiveAnswersShowsNoOrganisationEvenWithManyAnswers() {
		List<GivenAnswer> given = HomeworkResults.answers(answers(Map.of("Skolan", 4, "Polismyndigheten", 1, "IFO", 3)),
				1);

		assertThat(given).hasSize(8).extracting(GivenAnswer::organisation).containsOnlyNulls();
	}

	@Test
	void organisationsWithFiveOrMoreEachAreNamedWhenNothingIsLeftOver() {
		List<GivenAnswer> given = HomeworkResults.answers(answers(Map.of("Skolan", 5, "Polisen", 5)), 1);

		assertThat(given).extracting(GivenAnswer::organisation).containsOnly("Skolan", "Polisen");
		assertThat(new HomeworkResults.QuestionRecord(1, "Fråga", given).byOrganisation()).isTrue();
	}

	@Test
	void answersWithoutAnOrganisationCountAmongTheOthers() {
		Map<String, Integer> counts = new java.util.HashMap<>(Map.of("Skolan", 5));
		List<HomeworkAnswers> all = new ArrayList<>(answers(counts));
		for (int i = 0; i < 5; i++) {
			all.add(new HomeworkAnswers("x" + i, "h1", "x" + i, null, Map.of("1", "utan " + i), null));
		}

		List<GivenAnswer> given = HomeworkResults.answers(all, 1);

		assertThat(given).filteredOn(GivenAnswer::amongOthers).hasSize(5);
	}

	@Test
	void aShortSummaryTakesAnswersFromEveryOrganisationInTurn() {
		List<GivenAnswer> given = HomeworkResults.answers(answers(
				Map.of("Skolan", 6, "Polismyndigheten", 1, "Region Kronoberg", 1, "IFO", 1, "Fritid", 1, "Kyrkan", 1)),
				1);

		List<GivenAnswer> shortened = HomeworkSummary.spread(given, 5);

		assertThat(shortened).hasSize(5);
		assertThat(shortened).filteredOn(GivenAnswer::amongOthers).hasSizeBetween(2, 3);
		assertThat(HomeworkSummary.spread(given, 20)).isEqualTo(given);
	}

}
