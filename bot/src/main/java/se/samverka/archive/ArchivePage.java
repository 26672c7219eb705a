package se.samverka.archive;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import se.samverka.archive.Archive.MeetingView;
import se.samverka.archive.Archive.SectionView;
import se.samverka.archive.Archive.View;
import se.samverka.archive.ArchiveEntry.Items;
import se.samverka.archive.ArchiveEntry.Paragraph;
import se.samverka.archive.ArchiveEntry.Part;
import se.samverka.archive.ArchiveEntry.Table;
import se.samverka.chat.HtmlText;
import se.samverka.chat.Texts;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meeting.MeetingState;

/**
 * The archive as one server-rendered HTML page, with no script: h1 for the network, h2
 * per meeting, h3 per section, h4 per entry; a skip link, a search form that works
 * without JavaScript, and the participation chart as an SVG with the same figures in a
 * table. Every text is escaped.
 */
final class ArchivePage {

	/**
	 * Lines of one list shown on the page (notes of a board column, say); the meeting's
	 * Markdown file has them all.
	 */
	static final int LINES_SHOWN = 100;

	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final Texts texts;

	private final Locale locale;

	private final StringBuilder html = new StringBuilder();

	ArchivePage(Texts texts, Locale locale) {
		this.texts = texts;
		this.locale = locale;
	}

	String render(View view, String pagePath, String token, Instant expires) {
		String name = view.network().name();
		open(t("archive.page.title", name));
		html.append("<header>\n<h1>").append(e(t("archive.page.heading", name))).append("</h1>\n");
		html.append("<p class=\"meta\">")
			.append(e(t("archive.page.expires", MINUTE.format(expires.atZone(view.zone())))))
			.append("</p>\n");
		html.append("<form role=\"search\" method=\"get\" action=\"")
			.append(e(pagePath))
			.append("\">\n")
			.append("<input type=\"hidden\" name=\"t\" value=\"")
			.append(e(token))
			.append("\">\n")
			.append("<label for=\"q\">")
			.append(e(t("archive.search.label")))
			.append("</label>\n")
			.append("<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"")
			.append(ArchiveSearch.MAX_LENGTH)
			.append("\" value=\"")
			.append(e(view.search().query()))
			.append("\">\n")
			.append("<button type=\"submit\">")
			.append(e(t("archive.search.button")))
			.append("</button>\n</form>\n</header>\n");
		html.append("<main id=\"main\" tabindex=\"-1\">\n");
		if (view.search().active()) {
			int found = view.index().size() + (view.unplaced().isEmpty() ? 0 : 1);
			html.append("<p role=\"status\">")
				.append(e(t("archive.search.result", found, view.search().query())))
				.append(" <a href=\"")
				.append(e(pagePath + "?t=" + token))
				.append("\">")
				.append(e(t("archive.search.clear")))
				.append("</a></p>\n");
		}
		new ParticipationChart(texts, locale).render(view.participation(), html);
		index(view, pagePath, token);
		for (MeetingView meeting : view.meetings()) {
			meeting(meeting, view.zone(), pagePath, token);
		}
		if (!view.unplaced().isEmpty()) {
			html.append("<section aria-labelledby=\"unplaced\">\n<h2 id=\"unplaced\">")
				.append(e(t("archive.unplaced")))
				.append("</h2>\n");
			sections(view.unplaced());
			html.append("</section>\n");
		}
		if (view.meetings().isEmpty() && view.unplaced().isEmpty()) {
			html.append("<p>")
				.append(e(t(view.search().active() ? "archive.search.none" : "archive.empty")))
				.append("</p>\n");
		}
		return close();
	}

	/**
	 * Links to the other meetings (those the search matches), the one shown marked: the
	 * page holds one meeting at a time.
	 */
	private void index(View view, String pagePath, String token) {
		if (view.index().size() < 2) {
			return;
		}
		int shown = view.meetings().get(0).meeting().number();
		String search = view.search().active()
				? "&q=" + URLEncoder.encode(view.search().query(), StandardCharsets.UTF_8) : "";
		html.append("<nav aria-labelledby=\"meetings\">\n<h2 id=\"meetings\">")
			.append(e(t("archive.index.heading")))
			.append("</h2>\n<ul>\n");
		for (Meeting meeting : view.index()) {
			String label = t("archive.meeting.heading", meeting.number(), meeting.title()) + " (" + meeting.date()
					+ ")";
			if (meeting.number() == shown) {
				html.append("<li aria-current=\"page\">").append(e(label)).append("</li>\n");
			}
			else {
				html.append("<li><a href=\"")
					.append(e(pagePath + "?t=" + token + "&m=" + meeting.number() + search))
					.append("\">")
					.append(e(label))
					.append("</a></li>\n");
			}
		}
		html.append("</ul>\n</nav>\n");
	}

	/** The friendly page for a link that opens nothing. */
	String refusal(String reasonKey) {
		open(t("archive.refused.title"));
		html.append("<main id=\"main\" tabindex=\"-1\">\n<h1>")
			.append(e(t("archive.refused.title")))
			.append("</h1>\n<p>")
			.append(e(t(reasonKey)))
			.append("</p>\n<p>")
			.append(e(t("archive.refused.help")))
			.append("</p>\n");
		return close();
	}

	private void meeting(MeetingView view, ZoneId zone, String pagePath, String token) {
		Meeting meeting = view.meeting();
		String id = "meeting-" + meeting.number();
		html.append("<section class=\"meeting\" aria-labelledby=\"")
			.append(id)
			.append("\">\n<h2 id=\"")
			.append(id)
			.append("\">")
			.append(e(t("archive.meeting.heading", meeting.number(), meeting.title())))
			.append("</h2>\n");
		StringBuilder meta = new StringBuilder(meeting.date().toString());
		if (meeting.place() != null && !meeting.place().isBlank()) {
			meta.append(" · ").append(meeting.place());
		}
		if (meeting.state() == MeetingState.CANCELLED) {
			meta.append(" · ").append(t("archive.meeting.cancelled"));
		}
		html.append("<p class=\"meta\">").append(e(meta.toString())).append("</p>\n");
		html.append("<p><a href=\"")
			.append(e(pagePath + "/meetings/" + meeting.number() + ".md?t=" + token))
			.append("\">")
			.append(e(t("archive.meeting.export", meeting.number())))
			.append("</a></p>\n");
		sections(view.sections());
		html.append("</section>\n");
	}

	private void sections(List<SectionView> sections) {
		for (SectionView section : sections) {
			html.append("<h3>").append(e(section.heading())).append("</h3>\n");
			for (ArchiveEntry entry : section.entries()) {
				html.append("<div class=\"entry\">\n");
				if (entry.title() != null) {
					html.append("<h4>").append(e(entry.title())).append("</h4>\n");
				}
				entry.parts().forEach(this::part);
				html.append("</div>\n");
			}
		}
	}

	private void part(Part part) {
		if (part instanceof Paragraph p) {
			html.append("<p>").append(e(p.text())).append("</p>\n");
		}
		else if (part instanceof Items items) {
			if (items.label() != null) {
				html.append("<p class=\"label\">").append(e(items.label())).append("</p>\n");
			}
			html.append("<ul>\n");
			items.lines()
				.stream()
				.limit(LINES_SHOWN)
				.forEach(line -> html.append("<li>").append(e(line)).append("</li>\n"));
			html.append("</ul>\n");
			if (items.lines().size() > LINES_SHOWN) {
				html.append("<p class=\"meta\">")
					.append(e(t("archive.lines.more", items.lines().size() - LINES_SHOWN)))
					.append("</p>\n");
			}
		}
		else if (part instanceof Table table) {
			if (table.chart() != null) {
				TableChart.render(table, html);
			}
			html.append("<table>\n<caption>").append(e(table.caption())).append("</caption>\n<thead><tr>");
			table.header().forEach(h -> html.append("<th scope=\"col\">").append(e(h)).append("</th>"));
			html.append("</tr></thead>\n<tbody>\n");
			for (List<String> row : table.rows()) {
				html.append("<tr><th scope=\"row\">").append(e(row.get(0))).append("</th>");
				row.subList(1, row.size()).forEach(c -> html.append("<td>").append(e(c)).append("</td>"));
				html.append("</tr>\n");
			}
			html.append("</tbody>\n</table>\n");
		}
	}

	private void open(String title) {
		HtmlText.openPage(html, locale, title, "/archive/archive.css", t("archive.page.skip"));
	}

	private String close() {
		html.append("</main>\n</body>\n</html>\n");
		return html.toString();
	}

	private String t(String key, Object... arguments) {
		return texts.get(locale, key, arguments);
	}

	static String e(String text) {
		return HtmlText.escape(text);
	}

}
