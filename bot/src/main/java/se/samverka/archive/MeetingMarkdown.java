package se.samverka.archive;

import java.util.List;
import java.util.Locale;

import se.samverka.archive.Archive.MeetingView;
import se.samverka.archive.Archive.SectionView;
import se.samverka.archive.ArchiveEntry.Items;
import se.samverka.archive.ArchiveEntry.Paragraph;
import se.samverka.archive.ArchiveEntry.Part;
import se.samverka.archive.ArchiveEntry.Table;
import se.samverka.chat.MarkdownText;
import se.samverka.chat.Texts;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meeting.MeetingState;

/**
 * One meeting of the archive as a Markdown file: the same sections and entries as the
 * page. People's text is kept on one line and what Markdown or HTML would act on is
 * escaped ({@link MarkdownText}), so a note cannot turn into a link, a heading or markup
 * wherever the file is shown, and its ordinary punctuation stays as written.
 */
final class MeetingMarkdown {

	private final Texts texts;

	private final Locale locale;

	MeetingMarkdown(Texts texts, Locale locale) {
		this.texts = texts;
		this.locale = locale;
	}

	/** samverka-meeting-3-2021-03-25.md */
	static String fileName(Meeting meeting) {
		return "samverka-meeting-" + meeting.number() + "-" + meeting.date() + ".md";
	}

	String render(MeetingView view) {
		Meeting meeting = view.meeting();
		StringBuilder md = new StringBuilder("# ")
			.append(md(texts.get(locale, "archive.meeting.heading", meeting.number(), meeting.title())))
			.append("\n\n");
		md.append(meeting.date());
		if (meeting.place() != null && !meeting.place().isBlank()) {
			md.append(" · ").append(md(meeting.place()));
		}
		if (meeting.state() == MeetingState.CANCELLED) {
			md.append(" · ").append(md(texts.get(locale, "archive.meeting.cancelled")));
		}
		md.append("\n");
		for (SectionView section : view.sections()) {
			md.append("\n## ").append(md(section.heading())).append("\n");
			for (ArchiveEntry entry : section.entries()) {
				if (entry.title() != null) {
					md.append("\n### ").append(md(entry.title())).append("\n");
				}
				entry.parts().forEach(part -> part(part, md));
			}
		}
		return md.toString();
	}

	private static void part(Part part, StringBuilder md) {
		if (part instanceof Paragraph p) {
			md.append("\n").append(md(p.text())).append("\n");
		}
		else if (part instanceof Items items) {
			md.append("\n");
			if (items.label() != null) {
				md.append("**").append(md(items.label())).append("**\n\n");
			}
			items.lines().forEach(line -> md.append("- ").append(md(line)).append("\n"));
		}
		else if (part instanceof Table table) {
			md.append("\n")
				.append(row(table.header()))
				.append("|")
				.append("---|".repeat(table.header().size()))
				.append("\n");
			table.rows().forEach(r -> md.append(row(r)));
		}
	}

	private static String row(List<String> cells) {
		StringBuilder row = new StringBuilder("|");
		cells.forEach(c -> row.append(' ').append(MarkdownText.cell(oneLine(c))).append(" |"));
		return row.append("\n").toString();
	}

	/** One line, with what Markdown or HTML would act on escaped. */
	static String md(String text) {
		return MarkdownText.escape(oneLine(text));
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s*\\R\\s*", " ");
	}

}
