package se.samverka.archive;

import java.util.List;
import java.util.Locale;

import se.samverka.chat.Texts;

/**
 * Participation per organisation as a horizontal bar chart in inline SVG (role="img" with a title
 * and a description naming every figure), followed by the same figures as a table.
 */
final class ParticipationChart {

	private static final int LABEL_WIDTH = 240;

	private static final int BAR_WIDTH = 360;

	private static final int ROW = 30;

	private static final int MAX_LABEL = 32;

	private final Texts texts;

	private final Locale locale;

	ParticipationChart(Texts texts, Locale locale) {
		this.texts = texts;
		this.locale = locale;
	}

	void render(List<Participation.Count> counts, StringBuilder html) {
		html.append("<section aria-labelledby=\"participation\">\n<h2 id=\"participation\">")
			.append(ArchivePage.e(t("archive.participation.heading"))).append("</h2>\n");
		if (counts.isEmpty()) {
			html.append("<p>").append(ArchivePage.e(t("archive.participation.none"))).append("</p>\n</section>\n");
			return;
		}
		int max = counts.stream().mapToInt(Participation.Count::times).max().orElse(1);
		int width = LABEL_WIDTH + BAR_WIDTH + 60;
		int height = counts.size() * ROW + 10;
		StringBuilder described = new StringBuilder();
		for (Participation.Count count : counts) {
			described.append(described.isEmpty() ? "" : "; ").append(name(count)).append(": ").append(count.times());
		}
		html.append("<figure>\n<svg id=\"participation-chart\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" ")
			.append("width=\"").append(width).append("\" height=\"").append(height)
			.append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n<title id=\"chart-title\">")
			.append(ArchivePage.e(t("archive.participation.chart"))).append("</title>\n<desc id=\"chart-desc\">")
			.append(ArchivePage.e(described.toString())).append("</desc>\n");
		int y = 5;
		for (Participation.Count count : counts) {
			int bar = Math.max(2, Math.round((float) BAR_WIDTH * count.times() / max));
			String label = name(count);
			if (label.length() > MAX_LABEL) {
				label = label.substring(0, MAX_LABEL - 1) + "…";
			}
			html.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 17)
				.append("\" text-anchor=\"end\" fill=\"#1b1b1b\" font-size=\"14\">").append(ArchivePage.e(label))
				.append("</text>\n<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
				.append(bar).append("\" height=\"").append(ROW - 8).append("\" fill=\"#0a4f8f\"/>\n<text x=\"")
				.append(LABEL_WIDTH + bar + 6).append("\" y=\"").append(y + 17)
				.append("\" fill=\"#1b1b1b\" font-size=\"14\">").append(count.times()).append("</text>\n");
			y += ROW;
		}
		html.append("</svg>\n</figure>\n<table id=\"participation-table\">\n<caption>")
			.append(ArchivePage.e(t("archive.participation.caption"))).append("</caption>\n<thead><tr><th scope=\"col\">")
			.append(ArchivePage.e(t("archive.participation.organisation"))).append("</th><th scope=\"col\">")
			.append(ArchivePage.e(t("archive.participation.times"))).append("</th></tr></thead>\n<tbody>\n");
		for (Participation.Count count : counts) {
			html.append("<tr><th scope=\"row\">").append(ArchivePage.e(name(count))).append("</th><td>").append(count.times())
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
