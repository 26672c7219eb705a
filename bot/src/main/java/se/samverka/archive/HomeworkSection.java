package se.samverka.archive;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.samverka.archive.ArchiveEntry.Items;
import se.samverka.archive.ArchiveEntry.Paragraph;
import se.samverka.homework.HomeworkResults;
import se.samverka.homework.HomeworkResults.GivenAnswer;
import se.samverka.homework.HomeworkResults.HomeworkRecord;
import se.samverka.homework.HomeworkResults.QuestionRecord;

/**
 * Homework questions and their answers, never with names; an organisation only next to
 * its own five or more answers, the rest as "other organisations" (the rule
 * {@link HomeworkResults} keeps).
 */
@Component
@Order(50)
class HomeworkSection implements ArchiveSection {

	private final HomeworkResults homework;

	HomeworkSection(HomeworkResults homework) {
		this.homework = homework;
	}

	@Override
	public String headingKey() {
		return "archive.homework";
	}

	@Override
	public List<ArchiveEntry> entries(ArchiveScope scope) {
		List<ArchiveEntry> entries = new ArrayList<>();
		for (HomeworkRecord record : homework.of(scope.network())) {
			List<ArchiveEntry.Part> parts = new ArrayList<>();
			parts.add(new Paragraph(scope.t("archive.homework.answered", record.answered(), record.recipients())));
			for (QuestionRecord question : record.questions()) {
				List<String> answers = question.answers().stream().map(a -> line(a, scope)).toList();
				parts.add(new Items(scope.t("archive.homework.question", question.number(), question.question()),
						answers.isEmpty() ? List.of(scope.t("archive.homework.no-answers")) : answers));
			}
			entries.add(new ArchiveEntry(record.meetingId(), record.createdAt(),
					scope.t("archive.homework.title", record.number(), record.due()), parts));
		}
		return entries;
	}

	private static String line(GivenAnswer answer, ArchiveScope scope) {
		String text = answer.text().replaceAll("\\s*\\R\\s*", " ");
		if (answer.organisation() == null) {
			return text;
		}
		String organisation = answer.amongOthers() ? scope.t("archive.homework.other") : answer.organisation();
		return organisation + ": " + text;
	}

}
