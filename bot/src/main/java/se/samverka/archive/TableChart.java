package se.samverka.archive;

import java.util.List;

/**
 * Draws one column of a table as horizontal bars in inline SVG, above the table itself:
 * role="img" with the caption as its title and every figure in its description, so the
 * picture adds nothing a screen reader would miss.
 */
final class TableChart {

	private static final int LABEL_WIDTH = 260;

	private static final int BAR_WIDTH = 320;

	private static final int ROW = 26;

	private static final int MAX_LABEL = 34;

	private TableChart() {
	}

	static void render(ArchiveEntry.Table table, StringBuilder html) {
		render(table, html, null);
	}

	/**
	 * As {@link #render(ArchiveEntry.Table, StringBuilder)}; with an {@code id} the
	 * picture can be found by it, and its title and description are {@code chart-title}
	 * and {@code chart-desc} (one such chart per page).
	 */
	static void render(ArchiveEntry.Table table, StringBuilder html, String id) {
		ArchiveEntry.Chart chart = table.chart();
		int width = LABEL_WIDTH + BAR_WIDTH + 60;
		int height = table.rows().size() * ROW + 8;
		StringBuilder described = new StringBuilder();
		for (List<String> row : table.rows()) {
			described.append(described.isEmpty() ? "" : "; ")
				.append(row.get(0))
				.append(": ")
				.append(row.get(chart.column()));
		}
		String named = id == null ? "" : "id=\"" + id + "\" ";
		String labelled = id == null ? "" : " aria-labelledby=\"chart-title chart-desc\"";
		html.append("<figure class=\"chart\">\n<svg ")
			.append(named)
			.append("role=\"img\"")
			.append(labelled)
			.append(" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\">\n<title")
			.append(id == null ? "" : " id=\"chart-title\"")
			.append('>')
			.append(ArchivePage.e(table.caption()))
			.append("</title>\n<desc")
			.append(id == null ? "" : " id=\"chart-desc\"")
			.append('>')
			.append(ArchivePage.e(described.toString()))
			.append("</desc>\n");
		int y = 4;
		for (List<String> row : table.rows()) {
			String figure = row.get(chart.column());
			int bar = Math.max(2, (int) Math.round(BAR_WIDTH * Math.min(1.0, value(figure) / chart.max())));
			String label = row.get(0).length() > MAX_LABEL ? row.get(0).substring(0, MAX_LABEL - 1) + "…" : row.get(0);
			html.append("<text x=\"")
				.append(LABEL_WIDTH - 8)
				.append("\" y=\"")
				.append(y + 15)
				.append("\" text-anchor=\"end\" fill=\"#1b1b1b\" font-size=\"14\">")
				.append(ArchivePage.e(label))
				.append("</text>\n<rect x=\"")
				.append(LABEL_WIDTH)
				.append("\" y=\"")
				.append(y)
				.append("\" width=\"")
				.append(bar)
				.append("\" height=\"")
				.append(ROW - 8)
				.append("\" fill=\"#0a4f8f\"/>\n<text x=\"")
				.append(LABEL_WIDTH + bar + 6)
				.append("\" y=\"")
				.append(y + 15)
				.append("\" fill=\"#1b1b1b\" font-size=\"14\">")
				.append(ArchivePage.e(figure))
				.append("</text>\n");
			y += ROW;
		}
		html.append("</svg>\n</figure>\n");
	}

	/**
	 * The figure in a cell as written in either language ("4,2" or "4.2"); 0 when there
	 * is none.
	 */
	static double value(String cell) {
		try {
			return Double.parseDouble(cell.strip().replace(',', '.'));
		}
		catch (NumberFormatException notAFigure) {
			return 0;
		}
	}

}
