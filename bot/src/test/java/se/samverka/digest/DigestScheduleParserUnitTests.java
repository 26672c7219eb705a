package se.samverka.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DigestScheduleParserUnitTests {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	static final Instant NOW = Instant.parse("2026-03-18T12:00:00Z");

	private static DigestScheduleParser.Parsed parse(String text) {
		return DigestScheduleParser.parse(text, STOCKHOLM, NOW);
	}

	@Test
	void readsADayAndATimeInSwedishAndEnglish() {
		assertThat(parse("monday 08:00").cron()).isEqualTo("0 0 8 * * MON");
		assertThat(parse("måndag 08:00").cron()).isEqualTo("0 0 8 * * MON");
		assertThat(parse("Måndag kl. 8.00").cron()).isEqualTo("0 0 8 * * MON");
		assertThat(parse("fredag 15:30").cron()).isEqualTo("0 30 15 * * FRI");
		assertThat(parse("weekdays 07:45").cron()).isEqualTo("0 45 7 * * MON-FRI");
		assertThat(parse("sön 20:00").cron()).isEqualTo("0 0 20 * * SUN");
		assertThat(parse("fredag kl 15").cron()).isEqualTo("0 0 15 * * FRI");
		assertThat(parse("onsd. 9.25").cron()).isEqualTo("0 25 9 * * WED");
	}

	@Test
	void readsSixAndFiveFieldCron() {
		assertThat(parse("0 0 8 * * MON").cron()).isEqualTo("0 0 8 * * MON");
		assertThat(parse("0 9 1 * *").cron()).as("classic five fields get seconds").isEqualTo("0 0 9 1 * *");
	}

	@Test
	void offStopsTheScheduleInEitherLanguage() {
		assertThat(parse("off")).satisfies(p -> {
			assertThat(p.ok()).isTrue();
			assertThat(p.cron()).isNull();
		});
		assertThat(parse("av").ok()).isTrue();
		assertThat(parse("av").cron()).isNull();
	}

	@Test
	void refusesWhatItCannotReadOrWhatWouldComeTooOften() {
		assertThat(parse("").problem()).isEqualTo("digest.schedule.missing");
		assertThat(parse("blursday 08:00").problem()).isEqualTo("digest.schedule.unknown-day");
		assertThat(parse("monday 25:00").problem()).isEqualTo("digest.schedule.bad-time");
		assertThat(parse("soon").problem()).isEqualTo("digest.schedule.unreadable");
		assertThat(parse("0 0 8 * * BLA").problem()).isEqualTo("digest.schedule.bad-cron");
		assertThat(parse("* * * * * *").problem()).isEqualTo("digest.schedule.too-often");
		assertThat(parse("0 0 * * * *").problem()).as("hourly").isEqualTo("digest.schedule.too-often");
		assertThat(parse("0 0 8 30 2 *").problem()).as("February 30th").isEqualTo("digest.schedule.never");
	}

	@Test
	void mondayAtEightStaysAtEightInStockholmAcrossTheSpringChange() {
		// the last Sunday of March 2026 is the 29th: 08:00 is 07:00 UTC before it, 06:00
		// UTC after
		assertThat(DigestScheduleParser.nextRuns("0 0 8 * * MON", STOCKHOLM, NOW, 3)).containsExactly(
				Instant.parse("2026-03-23T07:00:00Z"), Instant.parse("2026-03-30T06:00:00Z"),
				Instant.parse("2026-04-06T06:00:00Z"));
	}

	@Test
	void mondayAtEightStaysAtEightInStockholmAcrossTheAutumnChange() {
		// the last Sunday of October 2026 is the 25th
		assertThat(DigestScheduleParser.nextRuns("0 0 8 * * MON", STOCKHOLM, Instant.parse("2026-10-14T00:00:00Z"), 3))
			.containsExactly(Instant.parse("2026-10-19T06:00:00Z"), Instant.parse("2026-10-26T07:00:00Z"),
					Instant.parse("2026-11-02T07:00:00Z"));
	}

	@Test
	void aTimeInTheSpringGapRunsOnceAnHourLaterAndARepeatedTimeOnce() {
		assertThat(DigestScheduleParser.nextRuns("0 30 2 * * SUN", STOCKHOLM, NOW, 2))
			.containsExactly(Instant.parse("2026-03-22T01:30:00Z"), Instant.parse("2026-03-29T01:30:00Z"));
		assertThat(DigestScheduleParser.nextRuns("0 30 2 * * SUN", STOCKHOLM, Instant.parse("2026-10-24T00:00:00Z"), 2))
			.as("02:30 happens twice on October 25th: the first one, in summer time")
			.containsExactly(Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-11-01T01:30:00Z"));
	}

}
