package se.samverka.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each way of writing a date or time means, against a fixed today. Columns: today,
 * language, how it is read ({@code D} a day, {@code M} a moment where a time alone is
 * today, {@code L} a date leading a line), the input, and what it means: a day, a range
 * {@code start/end}, a day with a time {@code dayThh:mm}, {@code +rest} after a leading
 * date, {@code -} for no date, or {@code !problem:word}.
 */
class DateReaderUnitTests {

	@ParameterizedTest(name = "{0} {1} {2} \"{3}\" = {4}")
	@CsvSource(delimiter = '|', textBlock = """
			# Swedish, today Tuesday 2027-06-15
			2027-06-15 | sv | D | 2027-09-29                      | 2027-09-29
			2027-06-15 | sv | D | 29/9                            | 2027-09-29
			2027-06-15 | sv | D | 29/9 2027                       | 2027-09-29
			2027-06-15 | sv | D | 29/9 2028                       | 2028-09-29
			2027-06-15 | sv | D | 29/9/27                         | 2027-09-29
			2027-06-15 | sv | D | 29 sep                          | 2027-09-29
			2027-06-15 | sv | D | 29 sep.                         | 2027-09-29
			2027-06-15 | sv | D | 29 september 2027               | 2027-09-29
			2027-06-15 | sv | D | den 29 sep                      | 2027-09-29
			2027-06-15 | sv | D | ons 29/9                        | 2027-09-29
			2027-06-15 | sv | D | onsdag 29 september             | 2027-09-29
			2027-06-15 | sv | D | Onsdagen den 29 september 2027  | 2027-09-29
			2027-06-15 | sv | D | 1:a okt                         | 2027-10-01
			2027-06-15 | sv | D | 3 maj                           | 2028-05-03
			2027-06-15 | sv | D | 29 mars                         | 2028-03-29
			2027-06-15 | sv | D | lordag 19/6                     | 2027-06-19
			2027-06-15 | sv | D | 15/6                            | 2027-06-15
			2027-06-15 | sv | D | 14/6                            | 2028-06-14
			2027-06-15 | sv | D | 1 jan                           | 2028-01-01
			2027-06-15 | sv | D | 29/2                            | 2028-02-29
			2027-06-15 | sv | D | 4 juni 2021                     | 2021-06-04
			2027-06-15 | sv | D | Fredagen den 4 juni 2021        | 2021-06-04
			2027-06-15 | sv | D | 29–30 sep                       | 2027-09-29/2027-09-30
			2027-06-15 | sv | D | 29-30 sep                       | 2027-09-29/2027-09-30
			2027-06-15 | sv | D | 29/9–1/10                       | 2027-09-29/2027-10-01
			2027-06-15 | sv | D | 29/9-1/10                       | 2027-09-29/2027-10-01
			2027-06-15 | sv | D | 29/9 - 1/10                     | 2027-09-29/2027-10-01
			2027-06-15 | sv | D | 29 sep – 1 okt 2027             | 2027-09-29/2027-10-01
			2027-06-15 | sv | D | 29 sep till 1 okt               | 2027-09-29/2027-10-01
			2027-06-15 | sv | D | 15-16 september                 | 2027-09-15/2027-09-16
			2027-06-15 | sv | D | 2027-09-29–30                   | 2027-09-29/2027-09-30
			2027-06-15 | sv | D | 2027-09-29-30                   | 2027-09-29/2027-09-30
			2027-06-15 | sv | D | 2027-09-29 – 2027-10-01         | 2027-09-29/2027-10-01
			2027-06-15 | sv | D | 2027-09-29–10-01                | 2027-09-29/2027-10-01
			2027-06-15 | sv | D | 29 sep kl 9.25                  | 2027-09-29T09:25
			2027-06-15 | sv | D | 29/9 09:25                      | 2027-09-29T09:25
			2027-06-15 | sv | D | 29/9 kl. 13                     | 2027-09-29T13:00
			2027-06-15 | sv | D | 29 sep 9.25                     | 2027-09-29T09:25
			2027-06-15 | sv | D | idag                            | 2027-06-15
			2027-06-15 | sv | D | i dag                           | 2027-06-15
			2027-06-15 | sv | D | imorgon                         | 2027-06-16
			2027-06-15 | sv | D | i morgon kl 12                  | 2027-06-16T12:00
			2027-06-15 | sv | D | i övermorgon                    | 2027-06-17
			2027-06-15 | sv | D | på fredag 12:00                 | 2027-06-18T12:00
			2027-06-15 | sv | D | fredag                          | 2027-06-18
			2027-06-15 | sv | D | tisdag                          | 2027-06-22
			2027-06-15 | sv | M | kl 9.25                         | 2027-06-15T09:25
			2027-06-15 | sv | M | 14:30                           | 2027-06-15T14:30
			2027-06-15 | sv | M | 29 sep                          | 2027-09-29
			# Swedish problems name the word
			2027-06-15 | sv | D | 29 sepp                         | !unreadable:sepp
			2027-06-15 | sv | D | nästa fredag                    | !unreadable:nästa
			2027-06-15 | sv | D | fredag 29 sepp                  | !unreadable:sepp
			2027-06-15 | sv | D | 29 sep Växjö                    | !unreadable:Växjö
			2027-06-15 | sv | D | 12:00                           | !unreadable:12:00
			2027-06-15 | sv | D | 30/2                            | !no-such-day:30/2
			2027-06-15 | sv | D | 2027-02-30                      | !no-such-day:2027-02-30
			2027-06-15 | sv | D | 15/13                           | !no-such-day:15/13
			2027-06-15 | sv | D | 32 sep                          | !no-such-day:32 sep
			2027-06-15 | sv | D | tis 29/9                        | !weekday:onsdag 29 september 2027
			2027-06-15 | sv | D | 30/9–29/9                       | !backwards:30/9–29/9
			2027-06-15 | sv | D | 29 sep kl 25                    | !bad-time:kl 25
			# English
			2027-06-15 | en | D | Sep 29                          | 2027-09-29
			2027-06-15 | en | D | 29 Sep 2027                     | 2027-09-29
			2027-06-15 | en | D | September 29, 2027              | 2027-09-29
			2027-06-15 | en | D | Wednesday 29 September          | 2027-09-29
			2027-06-15 | en | D | 29th of September               | 2027-09-29
			2027-06-15 | en | D | the 1st of October 2027         | 2027-10-01
			2027-06-15 | en | D | Sep 29–30                       | 2027-09-29/2027-09-30
			2027-06-15 | en | D | Sep 29 - Oct 1                  | 2027-09-29/2027-10-01
			2027-06-15 | en | D | today                           | 2027-06-15
			2027-06-15 | en | D | tomorrow 12:00                  | 2027-06-16T12:00
			2027-06-15 | en | D | tomorrow at 3 pm                | 2027-06-16T15:00
			2027-06-15 | en | D | on Friday 12:00                 | 2027-06-18T12:00
			2027-06-15 | en | D | Sept 29 at 9:25                 | 2027-09-29T09:25
			2027-06-15 | en | M | at 12:30                        | 2027-06-15T12:30
			2027-06-15 | en | D | next friday                     | !unreadable:next
			2027-06-15 | en | D | Sep 31                          | !no-such-day:Sep 31
			2027-06-15 | en | D | Wed 30 Sep                      | !weekday:Thursday 30 September 2027
			# Across the year boundary, today Wednesday 2026-12-30
			2026-12-30 | sv | D | 2/1                             | 2027-01-02
			2026-12-30 | sv | D | 30/12                           | 2026-12-30
			2026-12-30 | sv | D | 29/12                           | 2027-12-29
			2026-12-30 | sv | D | 30/12–2/1                       | 2026-12-30/2027-01-02
			2026-12-30 | sv | D | 31 dec – 2 jan 2027             | 2026-12-31/2027-01-02
			2026-12-30 | sv | D | imorgon                         | 2026-12-31
			2026-12-30 | sv | D | i övermorgon                    | 2027-01-01
			2026-12-30 | sv | D | fredag                          | 2027-01-01
			2026-12-30 | en | D | Jan 2                           | 2027-01-02
			2026-12-30 | en | D | tomorrow                        | 2026-12-31
			# A date leading a line: an agenda's date line, a poll option
			2027-06-15 | sv | L | 29/9 Digitalt via Teams         | 2027-09-29+Digitalt via Teams
			2027-06-15 | sv | L | 2021-03-25 Digitalt via Teams   | 2021-03-25+Digitalt via Teams
			2027-06-15 | sv | L | Onsdag 29 september 2027, Växjö | 2027-09-29+Växjö
			2027-06-15 | sv | L | 29 sep förmiddag                | 2027-09-29+förmiddag
			2027-06-15 | sv | L | 29–30 sep internat              | 2027-09-29/2027-09-30+internat
			2027-06-15 | sv | L | Måndag                          | -
			2027-06-15 | sv | L | 10 personer                     | -
			2027-06-15 | sv | L | Stadshuset                      | -
			2027-06-15 | sv | L | imorgon                         | -
			2027-06-15 | sv | L | Mars-salen                      | -
			2027-06-15 | sv | L | 30/2 Växjö                      | !no-such-day:30/2
			""")
	void readsWhatPeopleWrite(LocalDate today, String language, String how, String input, String means) {
		DateReader reader = new DateReader(today, Locale.forLanguageTag(language));
		assertThat(meaning(reader, how, input)).isEqualTo(means);
	}

	@ParameterizedTest(name = "\"{0}\" in Stockholm is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			27/3 2027 kl 12     | 2027-03-27T11:00:00Z
			28/3 2027 kl 1.30   | 2027-03-28T00:30:00Z
			28/3 2027 kl 2.30   | 2027-03-28T01:30:00Z
			28/3 2027 kl 3.30   | 2027-03-28T01:30:00Z
			29/3 2027 kl 12     | 2027-03-29T10:00:00Z
			30/10 2027 kl 12    | 2027-10-30T10:00:00Z
			31/10 2027 kl 1.30  | 2027-10-30T23:30:00Z
			31/10 2027 kl 2.30  | 2027-10-31T00:30:00Z
			31/10 2027 kl 3.30  | 2027-10-31T02:30:00Z
			1/11 2027 kl 12     | 2027-11-01T11:00:00Z
			""")
	void timesOnTheDaysTheClocksChangeFollowTheWallClock(String input, Instant expected) throws DateProblem {
		DateReader reader = new DateReader(LocalDate.of(2027, 1, 10), Languages.SWEDISH);
		assertThat(reader.day(input).instant(LocalTime.NOON, ZoneId.of("Europe/Stockholm"))).isEqualTo(expected);
	}

	@Test
	void aMissingDateIsAskedForWithAnExampleFromToday() {
		DateReader reader = new DateReader(LocalDate.of(2026, 12, 6), Languages.SWEDISH);
		assertThatThrownBy(() -> reader.day(" ")).isInstanceOfSatisfying(DateProblem.class, problem -> {
			assertThat(problem.key()).isEqualTo("date.problem.missing");
			assertThat(problem.arguments()).containsExactly("3/1", "3 jan", "2027-01-03");
		});
		assertThat(DateTexts.examples(LocalDate.of(2026, 12, 6), Languages.ENGLISH)).containsExactly("3/1", "Jan 3",
				"2027-01-03");
	}

	@Test
	void anUnreadableWordComesWithAnExampleRelativeToToday() {
		DateReader reader = new DateReader(LocalDate.of(2027, 6, 15), Languages.SWEDISH);
		assertThatThrownBy(() -> reader.day("15 sepp")).isInstanceOfSatisfying(DateProblem.class,
				problem -> assertThat(problem.arguments()).containsExactly("sepp", "13/7", "13 juli", "2027-07-13"));
	}

	@Test
	void writesTheFullDateItUnderstood() {
		assertThat(DateTexts.day(LocalDate.of(2027, 9, 29), Languages.SWEDISH)).isEqualTo("onsdag 29 september 2027");
		assertThat(DateTexts.day(LocalDate.of(2027, 9, 29), Languages.ENGLISH))
			.isEqualTo("Wednesday 29 September 2027");
		assertThat(DateTexts.moment(LocalDate.of(2027, 9, 29).atTime(9, 25), Languages.SWEDISH))
			.isEqualTo("onsdag 29 september 2027 kl. 09:25");
	}

	@Test
	void readsATimeAlone() {
		assertThat(DateReader.time("10:15")).contains(LocalTime.of(10, 15));
		assertThat(DateReader.time("kl 9.25")).contains(LocalTime.of(9, 25));
		assertThat(DateReader.time("kl. 13")).contains(LocalTime.of(13, 0));
		assertThat(DateReader.time("13")).isEmpty();
		assertThat(DateReader.time("25:00")).isEmpty();
		assertThat(DateReader.time("10:15 i morgon")).isEmpty();
		assertThat(DateReader.weekday("Fre.")).contains(java.time.DayOfWeek.FRIDAY);
	}

	private static String meaning(DateReader reader, String how, String input) {
		try {
			if (how.equals("L")) {
				return reader.leading(input).map(r -> days(r) + "+" + r.rest()).orElse("-");
			}
			return days(how.equals("M") ? reader.moment(input) : reader.day(input));
		}
		catch (DateProblem problem) {
			return "!" + problem.key().substring("date.problem.".length()) + ":"
					+ Arrays.stream(problem.arguments()).findFirst().orElse("");
		}
	}

	private static String days(DateReader.Reading reading) {
		return reading.start() + (reading.end() == null ? "" : "/" + reading.end())
				+ (reading.time() == null ? "" : "T" + reading.time());
	}

}
