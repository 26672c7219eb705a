package se.samverka.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Options named the way they are typed in a vote: the label on the card, a date's usual
 * short forms in Swedish and English, and what must not match.
 */
class OptionLabelsUnitTests {

	private static final List<PollOption> DATES = List.of(
			new PollOption(1, "2027-09-29", LocalDate.of(2027, 9, 29), null),
			new PollOption(2, "30 sep", LocalDate.of(2027, 9, 30), null),
			new PollOption(3, "2027-10-01", LocalDate.of(2027, 10, 1), null),
			new PollOption(4, "2027-10-05–06", LocalDate.of(2027, 10, 5), LocalDate.of(2027, 10, 6)),
			new PollOption(5, "2027-09-29–30", LocalDate.of(2027, 9, 29), LocalDate.of(2027, 9, 30)));

	private static final List<PollOption> PLACES = List.of(new PollOption(1, "Umeå", null, null),
			new PollOption(2, "Luleå, Kulturens hus", null, null), new PollOption(3, "Skellefteå", null, null),
			new PollOption(4, "Digitalt (Teams)", null, null),
			new PollOption(5, "Luleå tekniska universitet", null, null));

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2027-09-29            | 1 5
			30 sep                | 2
			30/9                  | 2
			30/09                 | 2
			30/9 2027             | 2
			30/9/2027             | 2
			30 september          | 2
			30 september 2027     | 2
			30 Sep.               | 2
			Sep 30                | 2
			September 30th        | 2
			sept 30, 2027         | 2
			den 30 sep            | 2
			tors 30/9             | 2
			torsdag 30 september  | 2
			1 okt                 | 3
			1 Oct                 | 3
			Oct 1                 | 3
			1/10                  | 3
			01/10                 | 3
			2027-10-01            | 3
			1:e oktober           | 3
			5 okt                 | 4
			5–6 okt               | 4
			5-6 oct               | 4
			5/10–6/10             | 4
			2027-10-05–06         | 4
			29 sep                | 1 5
			29–30 sep             | 5
			29/9                  | 1 5
			# not an option
			31 sep                | -
			2 okt                 | -
			6 okt                 | -
			29 okt                | -
			9/29                  | -
			30                    | -
			sep                   | -
			2026-09-30            | -
			""")
	void findsDateOptionsByTheirUsualShortForms(String typed, String expected) {
		assertThat(numbers(OptionLabels.matching(typed, DATES))).isEqualTo(expected(expected));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Umeå                  | 1
			umea                  | 1
			UMEÅ!                 | 1
			Luleå, Kulturens hus  | 2
			lulea kulturens hus   | 2
			Luleå                 | 2 5
			Skellefteå            | 3
			Digitalt (Teams)      | 4
			digitalt              | 4
			# not an option
			Ume                   | -
			Kulturens hus         | -
			Piteå                 | -
			Skelleftea hamn       | -
			""")
	void findsFreeTextOptionsByTheLabelOnTheCard(String typed, String expected) {
		assertThat(numbers(OptionLabels.matching(typed, PLACES))).isEqualTo(expected(expected));
	}

	private static List<Integer> numbers(List<PollOption> options) {
		return options.stream().map(PollOption::number).toList();
	}

	private static List<Integer> expected(String numbers) {
		return numbers.equals("-") ? List.of() : Arrays.stream(numbers.split(" ")).map(Integer::valueOf).toList();
	}

}
