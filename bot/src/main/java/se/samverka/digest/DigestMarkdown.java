package se.samverka.digest;

import se.samverka.chat.Block;
import se.samverka.chat.MarkdownText;
import se.samverka.chat.Message;

/**
 * A digest as Markdown for the archive and exports: headings, paragraphs, facts as a
 * list, charts as text bars. Every text is escaped, so nothing typed in a note or an
 * answer becomes a link, HTML or a heading.
 */
final class DigestMarkdown {

	static final int BAR_CELLS = 20;

	private DigestMarkdown() {
	}

	static String of(Message message) {
		StringBuilder md = new StringBuilder();
		boolean first = true;
		for (Block block : message.blocks()) {
			if (block instanceof Block.Heading h) {
				md.append(first ? "# " : "## ").append(escape(h.text())).append("\n\n");
				first = false;
			}
			else if (block instanceof Block.Paragraph p) {
				String text = escape(p.text()).replace("\n", "  \n");
				md.append(p.tone() == Block.Tone.SUBTLE ? "_" + text + "_" : text).append("\n\n");
			}
			else if (block instanceof Block.Facts f) {
				f.facts()
					.forEach(x -> md.append("- **")
						.append(escape(x.label()))
						.append("**: ")
						.append(escape(x.value()).replace("\n", " "))
						.append('\n'));
				md.append('\n');
			}
			else if (block instanceof Block.BarChart c) {
				if (!c.title().isEmpty()) {
					md.append("**").append(escape(c.title())).append("**\n\n");
				}
				int scale = c.scale();
				for (Block.Bar bar : c.bars()) {
					int filled = bar.cells(scale, BAR_CELLS);
					md.append("`")
						.append("█".repeat(filled))
						.append("░".repeat(BAR_CELLS - filled))
						.append("` ")
						.append(escape(bar.caption()))
						.append(" ")
						.append(escape(bar.label()))
						.append("  \n");
				}
				md.append('\n');
			}
			else if (block instanceof Block.Divider) {
				md.append("---\n\n");
			}
		}
		return md.toString().stripTrailing() + "\n";
	}

	/**
	 * What Markdown would act on escaped, ordinary punctuation left
	 * ({@link MarkdownText}).
	 */
	static String escape(String text) {
		return MarkdownText.escape(text);
	}

}
