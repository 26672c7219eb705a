package se.samverka.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import se.samverka.chat.Languages;

/**
 * The arithmetic of results, and the rule that keeps answers anonymous: nothing but the
 * counts below {@value #SHOWN_FROM} answers, and an organisation of its own only with at
 * least {@value #SHOWN_FROM} answers, the others together as "other organisations" when
 * they are at least as many. When they are fewer, no breakdown at all: totals minus the
 * organisations shown would give them away.
 */
final class EvaluationTally {

	static final int SHOWN_FROM = 5;

	private EvaluationTally() {
	}

	/**
	 * @param label a statement's label in a language
	 */
	static EvaluationResults results(int meetingNumber, int invited, List<EvaluationAnswer> answers,
			BiFunction<Statement, Locale, String> label) {
		boolean shown = answers.size() >= SHOWN_FROM;
		List<StatementResult> statements = new ArrayList<>();
		List<String> comments = new ArrayList<>();
		if (shown) {
			for (Statement statement : Statement.ALL) {
				int[] counts = new int[Statement.HIGHEST];
				answers.forEach(a -> counts[a.scores().get(statement.ordinal()) - 1]++);
				statements.add(new StatementResult(statement.key(), label.apply(statement, Languages.SWEDISH),
						label.apply(statement, Languages.ENGLISH), average(counts), counts));
			}
			answers.stream()
				.map(EvaluationAnswer::comment)
				.filter(c -> c != null && !c.isBlank())
				.sorted()
				.forEach(comments::add);
		}
		return new EvaluationResults(meetingNumber, invited, answers.size(), shown, statements, comments);
	}

	static double average(int[] counts) {
		int answers = 0;
		int sum = 0;
		for (int i = 0; i < counts.length; i++) {
			answers += counts[i];
			sum += counts[i] * (i + 1);
		}
		return answers == 0 ? 0 : (double) sum / answers;
	}

	/**
	 * One row per organisation with at least {@value #SHOWN_FROM} answers, then
	 * (organisation null) the rest together; empty when no organisation has that many, or
	 * the rest are 1 to {@value #SHOWN_FROM} - 1.
	 *
	 * @param averages per statement, in {@link Statement} order
	 */
	record OrganisationRow(String organisation, int answers, double[] averages) {
	}

	static List<OrganisationRow> breakdown(List<EvaluationAnswer> answers) {
		Map<String, List<EvaluationAnswer>> byOrganisation = new TreeMap<>();
		for (EvaluationAnswer answer : answers) {
			String organisation = answer.organisation() == null ? "" : answer.organisation().strip();
			byOrganisation.computeIfAbsent(organisation, o -> new ArrayList<>()).add(answer);
		}
		List<OrganisationRow> rows = new ArrayList<>();
		List<EvaluationAnswer> rest = new ArrayList<>();
		byOrganisation.forEach((organisation, group) -> {
			if (!organisation.isEmpty() && group.size() >= SHOWN_FROM) {
				rows.add(row(organisation, group));
			}
			else {
				rest.addAll(group);
			}
		});
		if (rows.isEmpty() || !rest.isEmpty() && rest.size() < SHOWN_FROM) {
			return List.of();
		}
		if (!rest.isEmpty()) {
			rows.add(row(null, rest));
		}
		return List.copyOf(rows);
	}

	private static OrganisationRow row(String organisation, List<EvaluationAnswer> group) {
		double[] averages = new double[Statement.ALL.size()];
		for (Statement statement : Statement.ALL) {
			averages[statement.ordinal()] = group.stream()
				.mapToInt(a -> a.scores().get(statement.ordinal()))
				.average()
				.orElse(0);
		}
		return new OrganisationRow(organisation, group.size(), averages);
	}

}
