package se.samverka.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.samverka.archive.ArchiveEntry.Chart;
import se.samverka.archive.ArchiveEntry.Items;
import se.samverka.archive.ArchiveEntry.Paragraph;
import se.samverka.archive.ArchiveEntry.Table;
import se.samverka.evaluation.EvaluationResults;
import se.samverka.evaluation.Evaluations;
import se.samverka.evaluation.StatementResult;
import se.samverka.meeting.Meeting;

/**
 * Each meeting's evaluation: how many answered, and from five answers on each statement's
 * average (drawn as bars) with its answers per score, and the comments; never who
 * answered.
 */
@Component
@Order(60)
class EvaluationsSection implements ArchiveSection {

	private final Evaluations evaluations;

	EvaluationsSection(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public String headingKey() {
		return "archive.evaluations";
	}

	@Override
	public List<ArchiveEntry> entries(ArchiveScope scope) {
		List<ArchiveEntry> entries = new ArrayList<>();
		for (EvaluationResults results : evaluations.all(scope.network())) {
			Optional<Meeting> meeting = scope.meetings()
				.stream()
				.filter(m -> m.number() == results.meetingNumber())
				.findFirst();
			if (meeting.isEmpty()) {
				continue;
			}
			List<ArchiveEntry.Part> parts = new ArrayList<>();
			parts.add(new Paragraph(scope.t("archive.evaluations.answered", results.answered(), results.invited())));
			if (!results.shown()) {
				parts.add(new Paragraph(scope.t("archive.evaluations.too-few", results.answered())));
			}
			else {
				parts.add(statements(results, scope));
				if (!results.comments().isEmpty()) {
					parts.add(new Items(scope.t("archive.evaluations.comments"), results.comments()));
				}
			}
			entries.add(new ArchiveEntry(meeting.get().id(),
					meeting.get().endsAt() != null ? meeting.get().endsAt() : meeting.get().startsAt(), null, parts));
		}
		return entries;
	}

	private static Table statements(EvaluationResults results, ArchiveScope scope) {
		boolean swedish = "sv".equals(scope.locale().getLanguage());
		List<String> header = List.of(scope.t("archive.evaluations.statement"), scope.t("archive.evaluations.average"),
				"1", "2", "3", "4", "5");
		List<List<String>> rows = new ArrayList<>();
		for (StatementResult statement : results.statements()) {
			List<String> row = new ArrayList<>();
			row.add(swedish ? statement.labelSv() : statement.labelEn());
			row.add(String.format(scope.locale(), "%.1f", statement.average()));
			for (int count : statement.counts()) {
				row.add(Integer.toString(count));
			}
			rows.add(row);
		}
		return new Table(scope.t("archive.evaluations.caption", results.meetingNumber()), header, rows,
				new Chart(1, 5));
	}

}
