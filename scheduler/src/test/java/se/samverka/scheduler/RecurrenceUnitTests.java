package se.samverka.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverka.scheduler.Recurrence.Occurrence;

class RecurrenceUnitTests {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@Test
	void firesOnceAtHalfPastThreeSummerTimeWhenHalfPastTwoDoesNotExist() {
		List<Instant> fired = occurrences(new Recurrence("0 30 2 * * *", STOCKHOLM), "2026-03-28T00:00:00Z",
				"2026-03-31T00:00:00Z");
		// 28 March 02:30 CET, 29 March (spring forward) 03:30 CEST, 30 March 02:30 CEST
		assertThat(fired).containsExactly(Instant.parse("2026-03-28T01:30:00Z"), Instant.parse("2026-03-29T01:30:00Z"),
				Instant.parse("2026-03-30T00:30:00Z"));
	}

	@Test
	void firesOnceAtTheFirstHalfPastTwoWhenItHappensTwice() {
		List<Instant> fired = occurrences(new Recurrence("0 30 2 * * *", STOCKHOLM), "2026-10-24T00:00:00Z",
				"2026-10-27T00:00:00Z");
		// 24 October 02:30 CEST, 25 October (fall back) first 02:30 = CEST, 26 October
		// 02:30 CET
		assertThat(fired).containsExactly(Instant.parse("2026-10-24T00:30:00Z"), Instant.parse("2026-10-25T00:30:00Z"),
				Instant.parse("2026-10-26T01:30:00Z"));
	}

	@Test
	void halfHourlyWorkNeverRepeatsOrGoesBackAcrossEitherChange() {
		for (String day : List.of("2026-03-29", "2026-10-25")) {
			List<Instant> fired = occurrences(new Recurrence("0 0/30 * * * *", STOCKHOLM), day + "T00:00:00Z",
					day + "T03:00:00Z");
			assertThat(fired).as(day).isSorted().doesNotHaveDuplicates();
			for (int i = 1; i < fired.size(); i++) {
				assertThat(fired.get(i)).isAfter(fired.get(i - 1));
			}
		}
	}

	@Test
	void weeklyMondayMorningStaysAtEightLocalTimeAcrossTheChange() {
		List<Instant> fired = occurrences(new Recurrence("0 0 8 * * MON", STOCKHOLM), "2026-03-20T00:00:00Z",
				"2026-04-01T00:00:00Z");
		assertThat(fired).containsExactly(Instant.parse("2026-03-23T07:00:00Z"), Instant.parse("2026-03-30T06:00:00Z"));
	}

	@Test
	void refusesWhatIsNotACronExpression() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Recurrence("every monday", STOCKHOLM));
	}

	private static List<Instant> occurrences(Recurrence recurrence, String from, String until) {
		List<Instant> fired = new ArrayList<>();
		Occurrence next = recurrence.firstAfter(Instant.parse(from));
		while (next.instant().isBefore(Instant.parse(until))) {
			fired.add(next.instant());
			next = recurrence.nextAfter(next.local(), next.instant());
		}
		return fired;
	}

}
