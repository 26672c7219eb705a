package se.samverka.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Reminder days and their instants: 09:00 in the network's zone, across Stockholm's DST
 * changes.
 */
class ReminderPlanUnitTests {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@Test
	void remindersAreAtNineLocalTimeOnBothSidesOfDaylightSavingTime() {
		// the last Sunday of March 2021 is the 28th, of October the 31st
		assertThat(ReminderPlan.at(LocalDate.parse("2021-03-29"), STOCKHOLM))
			.isEqualTo(Instant.parse("2021-03-29T07:00:00Z"));
		assertThat(ReminderPlan.at(LocalDate.parse("2021-03-27"), STOCKHOLM))
			.isEqualTo(Instant.parse("2021-03-27T08:00:00Z"));
		assertThat(ReminderPlan.at(LocalDate.parse("2021-11-01"), STOCKHOLM))
			.isEqualTo(Instant.parse("2021-11-01T08:00:00Z"));
		assertThat(ReminderPlan.at(LocalDate.parse("2021-10-30"), STOCKHOLM))
			.isEqualTo(Instant.parse("2021-10-30T07:00:00Z"));
	}

	@Test
	void theDefaultPlanIsAWeekAfterTheMeetingTwoWeeksBeforeTheDueDayAndTheDayBefore() {
		assertThat(ReminderPlan.defaults(LocalDate.parse("2021-09-01"), LocalDate.parse("2021-10-15"))).containsExactly(
				LocalDate.parse("2021-09-08"), LocalDate.parse("2021-10-01"), LocalDate.parse("2021-10-14"));
		assertThat(ReminderPlan.defaults(null, LocalDate.parse("2021-10-15")))
			.containsExactly(LocalDate.parse("2021-10-01"), LocalDate.parse("2021-10-14"));
	}

	@Test
	void onlyDaysStillToComeBeforeTheEndOfTheDueDayAreKeptSortedAndOnce() {
		Instant dueAt = LocalDate.parse("2021-10-15").plusDays(1).atStartOfDay(STOCKHOLM).toInstant();
		Instant now = Instant.parse("2021-09-08T07:30:00Z");
		List<LocalDate> days = List.of(LocalDate.parse("2021-10-16"), LocalDate.parse("2021-10-15"),
				LocalDate.parse("2021-09-08"), LocalDate.parse("2021-09-09"), LocalDate.parse("2021-09-07"),
				LocalDate.parse("2021-10-15"));
		assertThat(ReminderPlan.upcoming(days, STOCKHOLM, now, dueAt)).containsExactly(LocalDate.parse("2021-09-09"),
				LocalDate.parse("2021-10-15"));
	}

	@Test
	void aPlanIsReadFromDatesAndDaysAfterTheMeetingOrBeforeTheDueDay() throws Exception {
		LocalDate meeting = LocalDate.parse("2021-09-01");
		LocalDate due = LocalDate.parse("2021-10-15");
		assertThat(ReminderPlan.parse("2021-09-20, +3 -2", meeting, due)).containsExactly(LocalDate.parse("2021-09-20"),
				LocalDate.parse("2021-09-04"), LocalDate.parse("2021-10-13"));
		assertThat(ReminderPlan.parse("inga", meeting, due)).isEmpty();
		assertThatThrownBy(() -> ReminderPlan.parse("nästa vecka", meeting, due)).isInstanceOf(HomeworkProblem.class)
			.hasMessage("homework.reminders.unreadable");
		assertThatThrownBy(() -> ReminderPlan.parse("+7", null, due)).hasMessage("homework.reminders.no-meeting");
		assertThatThrownBy(() -> ReminderPlan.parse("-1 -2 -3 -4 -5 -6 -7 -8 -9 -10 -11", meeting, due))
			.hasMessage("homework.reminders.too-many");
	}

	@Test
	void badHomeworkIsRefusedWithItsReason() throws Exception {
		LocalDate today = LocalDate.parse("2021-09-01");
		HomeworkParser parser = new HomeworkParser();
		assertThat(parser.parse("2021-10-15 | Vad tar vi med? | Vad ger vi?", today).questions())
			.containsExactly("Vad tar vi med?", "Vad ger vi?");
		assertThat(parser.parse("2021-10-15\nVad tar vi med?\n\nVad ger vi?", today).due()).isEqualTo("2021-10-15");
		assertThatThrownBy(() -> parser.parse("Vad tar vi med? | Vad ger vi?", today))
			.hasMessage("homework.problem.no-due");
		assertThatThrownBy(() -> parser.parse("2021-08-31 | Vad?", today)).hasMessage("homework.problem.due-past");
		assertThatThrownBy(() -> parser.parse("2021-10-15", today)).hasMessage("homework.problem.no-questions");
		assertThatThrownBy(() -> parser.parse("2021-10-15 |a|b|c|d|e|f|g|h|i|j|k", today))
			.hasMessage("homework.problem.too-many");
		assertThatThrownBy(() -> parser.parse("2021-10-15 | Ring 19121212-1212?", today))
			.hasMessage("homework.problem.identity-number");
	}

}
