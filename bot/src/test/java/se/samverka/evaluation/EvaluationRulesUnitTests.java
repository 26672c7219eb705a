package se.samverka.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverka.chat.InputProblem;

/**
 * The rules of evaluations without Spring: reading typed and form answers, averages and
 * spreads, the at-least-five rule for results and for the breakdown by organisation, and
 * when it closes and reminds (09:00 in Stockholm also on the days summer time starts and
 * ends).
 */
class EvaluationRulesUnitTests {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@Test
	void readsScoresWithAndWithoutTheMeetingAndACommentAfterABar() throws Exception {
		assertThat(AnswerParser.parse("4 5 3 4 5 4"))
			.isEqualTo(new AnswerParser.Draft(null, List.of(4, 5, 3, 4, 5, 4), null));
		assertThat(AnswerParser.parse("2 4 5 3 4 5 4 | Bra grupper, 3 av dem blandade"))
			.isEqualTo(new AnswerParser.Draft(2, List.of(4, 5, 3, 4, 5, 4), "Bra grupper, 3 av dem blandade"));
		assertThat(AnswerParser.parse("#12 1 1 1 1 1 1|  "))
			.isEqualTo(new AnswerParser.Draft(12, List.of(1, 1, 1, 1, 1, 1), null));
		assertThat(AnswerParser.parse("4 5 3 4 5 4 bra möte")).as("the comment may follow without a bar")
			.isEqualTo(new AnswerParser.Draft(null, List.of(4, 5, 3, 4, 5, 4), "bra möte"));
		assertThat(AnswerParser.parse("2 4 5 3 4 5 4 3 saker tar jag med")).as("what a form's command text looks like")
			.isEqualTo(new AnswerParser.Draft(2, List.of(4, 5, 3, 4, 5, 4), "3 saker tar jag med"));
	}

	@Test
	void refusesAnswersThatAreNotSixScoresFromOneToFive() {
		assertProblem("4 5 3 4 5", "evaluation.answer.usage");
		assertProblem("4 5 tre 4 5 4", "evaluation.answer.usage");
		assertProblem("", "evaluation.answer.usage");
		assertProblem("4 5 3 4 5 6", "evaluation.answer.out-of-range");
		assertProblem("2 4 5 3 4 5 0", "evaluation.answer.out-of-range");
		assertProblem("4 5 3 4 5 4 extra | kommentar", "evaluation.answer.usage");
		assertProblem("4 5 3 4 5 4 | Ring 19121212-1212", "evaluation.answer.identity-number");
		assertProblem("4 5 3 4 5 4 | " + "x".repeat(AnswerParser.MAX_COMMENT + 1), "evaluation.answer.too-long");
	}

	@Test
	void readsAFormByItsInputsWhateverTheirOrder() throws Exception {
		Map<String, String> inputs = Map.of("comment", "Tack", "responsibility", "1", "ambition", "2", "dialogue", "3",
				"trust", "4", "learning", "5", "potential", "4");
		assertThat(AnswerParser.isForm(inputs)).isTrue();
		assertThat(AnswerParser.fromForm("3 4 5 4 3 2 1 Tack", inputs))
			.isEqualTo(new AnswerParser.Draft(3, List.of(4, 5, 4, 3, 2, 1), "Tack"));
		Map<String, String> missing = new java.util.HashMap<>(inputs);
		missing.put("trust", "");
		assertThatThrownBy(() -> AnswerParser.fromForm("3", missing)).isInstanceOf(InputProblem.class)
			.satisfies(p -> assertThat(((InputProblem) p).key()).isEqualTo("evaluation.answer.missing"));
		assertThat(AnswerParser.isForm(Map.of("answer", "x"))).isFalse();
	}

	@Test
	void showsNothingButCountsBelowFiveAnswers() {
		List<EvaluationAnswer> four = answers(4, "Skolan");
		EvaluationResults results = EvaluationTally.results(2, 9, four, (s, l) -> s.key());
		assertThat(results.shown()).isFalse();
		assertThat(results.answered()).isEqualTo(4);
		assertThat(results.invited()).isEqualTo(9);
		assertThat(results.statements()).isEmpty();
		assertThat(results.comments()).isEmpty();
	}

	@Test
	void averagesAndCountsPerStatementFromFiveAnswers() {
		List<EvaluationAnswer> five = new ArrayList<>();
		five.add(answer("Skolan", List.of(1, 5, 3, 3, 3, 3), "B"));
		five.add(answer("Skolan", List.of(2, 5, 3, 3, 3, 3), null));
		five.add(answer("Polisen", List.of(3, 4, 3, 3, 3, 3), "A"));
		five.add(answer("Polisen", List.of(4, 4, 3, 3, 3, 3), " "));
		five.add(answer(null, List.of(5, 4, 3, 3, 3, 2), null));
		EvaluationResults results = EvaluationTally.results(2, 6, five, (s, l) -> s.key() + "-" + l.getLanguage());
		assertThat(results.shown()).isTrue();
		assertThat(results.statements()).extracting(StatementResult::key)
			.containsExactly("potential", "learning", "trust", "dialogue", "ambition", "responsibility");
		StatementResult potential = results.statements().get(0);
		assertThat(potential.labelSv()).isEqualTo("potential-sv");
		assertThat(potential.labelEn()).isEqualTo("potential-en");
		assertThat(potential.average()).isEqualTo(3.0);
		assertThat(potential.counts()).containsExactly(1, 1, 1, 1, 1);
		assertThat(results.statements().get(1).average()).isEqualTo(4.4);
		assertThat(results.statements().get(1).counts()).containsExactly(0, 0, 0, 3, 2);
		assertThat(results.statements().get(5).average()).isEqualTo(2.8);
		assertThat(results.comments()).as("sorted, blank ones left out").containsExactly("A", "B");
	}

	@Test
	void breaksDownOnlyOrganisationsWithFiveAnswersAndNeverLeavesASmallRest() {
		List<EvaluationAnswer> answers = new ArrayList<>(answers(5, "Skolan"));
		answers.addAll(answers(5, "Polisen"));
		assertThat(EvaluationTally.breakdown(answers)).extracting(EvaluationTally.OrganisationRow::organisation)
			.containsExactly("Polisen", "Skolan");
		answers.addAll(answers(2, "Regionen"));
		assertThat(EvaluationTally.breakdown(answers)).as("a rest of 2 could be worked out from the totals").isEmpty();
		answers.addAll(answers(3, "Socialtjänsten"));
		assertThat(EvaluationTally.breakdown(answers)).extracting(r -> r.organisation() + ":" + r.answers())
			.containsExactly("Polisen:5", "Skolan:5", "null:5");
		assertThat(EvaluationTally.breakdown(answers(9, "Skolan").subList(0, 4))).isEmpty();
		List<EvaluationAnswer> mixed = new ArrayList<>(answers(3, "Skolan"));
		mixed.addAll(answers(3, "Polisen"));
		assertThat(EvaluationTally.breakdown(mixed)).as("only a rest: the same as the total").isEmpty();
	}

	@Test
	void closesAtTheEndOfTheLastDayAndRemindsAtNineOnTheWallClockAcrossSummerTime() {
		LocalDate meeting = LocalDate.parse("2026-03-26");
		assertThat(EvaluationCalendar.lastDay(meeting, 14)).isEqualTo(LocalDate.parse("2026-04-09"));
		assertThat(EvaluationCalendar.closesAt(meeting, 14, STOCKHOLM))
			.isEqualTo(Instant.parse("2026-04-09T22:00:00Z"));
		assertThat(EvaluationCalendar.remindAt(meeting, 3, STOCKHOLM)).as("March 29: summer time starts at 02:00")
			.isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
		assertThat(EvaluationCalendar.remindAt(LocalDate.parse("2026-03-25"), 3, STOCKHOLM))
			.isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
		assertThat(EvaluationCalendar.remindAt(LocalDate.parse("2026-10-22"), 3, STOCKHOLM))
			.as("October 25: summer time ends at 03:00")
			.isEqualTo(Instant.parse("2026-10-25T08:00:00Z"));
		assertThat(EvaluationCalendar.remindAt(LocalDate.parse("2026-10-21"), 3, STOCKHOLM))
			.isEqualTo(Instant.parse("2026-10-24T07:00:00Z"));
		assertThat(EvaluationCalendar.remindAt(meeting, 0, STOCKHOLM)).isNull();
	}

	@Test
	void barsShowTheShareOfAnswers() {
		assertThat(ResultsMessage.bar(3, 10)).isEqualTo("▇▇▇▁▁▁▁▁▁▁");
		assertThat(ResultsMessage.bar(0, 5)).isEqualTo("▁▁▁▁▁▁▁▁▁▁");
		assertThat(ResultsMessage.bar(5, 5)).isEqualTo("▇▇▇▇▇▇▇▇▇▇");
		assertThat(ResultsMessage.average(4.25, java.util.Locale.forLanguageTag("sv"))).isEqualTo("4,3");
		assertThat(ResultsMessage.average(4.25, java.util.Locale.ENGLISH)).isEqualTo("4.3");
	}

	private static void assertProblem(String typed, String key) {
		assertThatThrownBy(() -> AnswerParser.parse(typed)).as(typed)
			.isInstanceOf(InputProblem.class)
			.satisfies(p -> assertThat(((InputProblem) p).key()).isEqualTo(key));
	}

	private static List<EvaluationAnswer> answers(int n, String organisation) {
		List<EvaluationAnswer> answers = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			answers.add(answer(organisation, List.of(4, 4, 4, 4, 4, 4), null));
		}
		return answers;
	}

	private static EvaluationAnswer answer(String organisation, List<Integer> scores, String comment) {
		String id = java.util.UUID.randomUUID().toString();
		return new EvaluationAnswer("e:" + id, "e", id, organisation, scores, comment);
	}

}
