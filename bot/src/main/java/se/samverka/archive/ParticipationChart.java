package se.samverka.archive;

import java.util.List;
import java.util.Locale;

import se.samverka.chat.Texts;

/**
 * Participation per organisation as a horizontal bar chart in inline SVG (role="img" with
 * a title and a description naming every figure), followed by the same figures as a
 * table.
 */
final class ParticipationChart {

	private final Texts texts;

	private final Locale locale;

	ParticipationChart(Texts texts, Locale locale) {
		this.texts = texts;
		this.locale = locale;
	}

	void render(List<Participation.Count> counts, StringBuilder html) {
		html.append("<section aria-labelledby=\"participation\">\n<h2 id=\"participation\">")
			.append(ArchivePage.e(t("archive.participation.heading")))
			.append("</h2>\n");
		if (counts.isEmpty()) {
			html.append("<p>").append(ArchivePage.e(t("archive.participation.none"))).append("</p>\n</section>\n");
			return;
		}
		int max = counts.stream().mapToInt(Participation.Count::times).max().orElse(1);
		List<List<String>> rows = counts.stream().map(c -> List.of(name(c), Integer.toString(c.times()))).toList();
		TableChart.render(new ArchiveEntry.Table(t("archive.participation.chart"), List.of(), rows,
				new ArchiveEntry.Chart(1, max)), html, "participation-chart");
		html.append("<table id=\"participation-table\">\n<caption>")
			.append(ArchivePage.e(t("archive.participation.caption")))
			.append("</caption>\n<thead><tr><th scope=\"col\">")
			.append(ArchivePage.e(t("archive.participation.organisation")))
			.append("</th><th scope=\"col\">")
			.append(ArchivePage.e(t("archive.participation.times")))
			.append("</th></tr></thead>\n<tbody>\n");
		for (Participation.Count count : counts) {
			html.append("<tr><th scope=\"row\">")
				.append(ArchivePage.e(name(count)))
				.append("</th><td>")
				.append(count.times())
				.append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n</section>\n");
	}

	private String name(Participation.Count count) {
		return count.organisation().isBlank() ? t("archive.no-organisation") : count.organisation();
	}

	private String t(String key, Object... arguments) {
		return texts.get(locale, key, arguments);
	}

}
