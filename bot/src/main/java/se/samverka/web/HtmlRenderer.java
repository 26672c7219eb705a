package se.samverka.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import se.samverka.chat.Block;
import se.samverka.chat.Block.Actions;
import se.samverka.chat.Block.Bar;
import se.samverka.chat.Block.BarChart;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.Choice;
import se.samverka.chat.Block.ChoiceInput;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Facts;
import se.samverka.chat.Block.Heading;
import se.samverka.chat.Block.Paragraph;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.HtmlText;
import se.samverka.chat.Message;

/**
 * A neutral message as an HTML fragment for the playground. Every text is escaped:
 * nothing a person typed reaches the page as markup. Buttons carry their command in a
 * data attribute; the page runs it with the values of the inputs of the same message, in
 * the order they were declared.
 */
@Component
class HtmlRenderer {

	/**
	 * @param messageId unique on the page; prefixes the ids of the message's inputs so
	 * that labels point at the right field
	 */
	String render(Message message, String messageId) {
		StringBuilder html = new StringBuilder("<div class=\"message\" data-message-id=\"").append(escape(messageId))
			.append("\">\n");
		for (Block block : message.blocks()) {
			append(html, block, messageId);
		}
		return html.append("</div>\n").toString();
	}

	private static void append(StringBuilder html, Block block, String messageId) {
		if (block instanceof Heading h) {
			html.append("<h3>").append(escape(h.text())).append("</h3>\n");
		}
		else if (block instanceof Paragraph p) {
			html.append("<p class=\"tone-")
				.append(p.tone().name().toLowerCase(Locale.ROOT))
				.append("\">")
				.append(linked(p.text()))
				.append("</p>\n");
		}
		else if (block instanceof Facts f) {
			html.append("<dl class=\"facts\">\n");
			for (Fact fact : f.facts()) {
				html.append("<div><dt>")
					.append(escape(fact.label()))
					.append("</dt><dd>")
					.append(linked(fact.value()))
					.append("</dd></div>\n");
			}
			html.append("</dl>\n");
		}
		else if (block instanceof TextInput i) {
			appendInput(html, i, messageId);
		}
		else if (block instanceof ChoiceInput c) {
			appendChoice(html, c, messageId);
		}
		else if (block instanceof BarChart c) {
			html.append(svg(c));
		}
		else if (block instanceof Actions a) {
			html.append("<div class=\"actions\">\n");
			for (Button b : a.buttons()) {
				html.append("<button type=\"button\" class=\"")
					.append(b.primary() ? "primary" : "secondary")
					.append("\" data-command=\"")
					.append(escape(b.command()))
					.append("\">")
					.append(escape(b.label()))
					.append("</button>\n");
			}
			html.append("</div>\n");
		}
		else {
			html.append("<hr>\n");
		}
	}

	static final int CHART_WIDTH = 480;

	static final int CHART_ROW = 24;

	/**
	 * A bar chart as inline SVG (no style attributes: the playground's content security
	 * policy allows none), with the chart's text as its accessible name; also what the
	 * archive can show.
	 */
	static String svg(BarChart chart) {
		int labelWidth = 180;
		int barWidth = 220;
		int height = CHART_ROW * chart.bars().size() + 4;
		StringBuilder svg = new StringBuilder("<figure class=\"chart\">\n");
		if (!chart.title().isEmpty()) {
			svg.append("<figcaption>").append(escape(chart.title())).append("</figcaption>\n");
		}
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
			.append(CHART_WIDTH)
			.append("\" height=\"")
			.append(height)
			.append("\" viewBox=\"0 0 ")
			.append(CHART_WIDTH)
			.append(' ')
			.append(height)
			.append("\" aria-label=\"")
			.append(escape(new Message(List.of(chart)).fallbackText().replace('\n', ';')))
			.append("\">\n");
		int scale = chart.scale();
		int y = 2;
		for (Bar bar : chart.bars()) {
			int width = (int) Math.round((double) bar.value() * barWidth / scale);
			int text = y + CHART_ROW / 2 + 4;
			svg.append("<text x=\"0\" y=\"")
				.append(text)
				.append("\" font-size=\"12\">")
				.append(escape(shortened(bar.label(), 28)))
				.append("</text>")
				.append("<rect x=\"")
				.append(labelWidth)
				.append("\" y=\"")
				.append(y + 4)
				.append("\" width=\"")
				.append(barWidth)
				.append("\" height=\"")
				.append(CHART_ROW - 8)
				.append("\" fill=\"#e8e8ee\"/>")
				.append("<rect class=\"bar\" x=\"")
				.append(labelWidth)
				.append("\" y=\"")
				.append(y + 4)
				.append("\" width=\"")
				.append(width)
				.append("\" height=\"")
				.append(CHART_ROW - 8)
				.append("\" fill=\"#5b5fc7\"/>")
				.append("<text x=\"")
				.append(labelWidth + barWidth + 8)
				.append("\" y=\"")
				.append(text)
				.append("\" font-size=\"12\">")
				.append(escape(shortened(bar.caption(), 12)))
				.append("</text>\n");
			y += CHART_ROW;
		}
		return svg.append("</svg>\n</figure>\n").toString();
	}

	private static String shortened(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private static void appendInput(StringBuilder html, TextInput input, String messageId) {
		String id = escape(messageId + "-" + input.id());
		html.append("<div class=\"field\">\n<label for=\"")
			.append(id)
			.append("\">")
			.append(escape(input.label()))
			.append("</label>\n");
		String common = " id=\"" + id + "\" name=\"" + escape(input.id()) + "\" data-input=\"" + escape(input.id())
				+ "\" maxlength=\"" + input.maxLength() + "\" placeholder=\"" + escape(input.placeholder()) + "\"";
		if (input.multiline()) {
			html.append("<textarea rows=\"4\"")
				.append(common)
				.append(">")
				.append(escape(input.value()))
				.append("</textarea>\n");
		}
		else {
			html.append("<input type=\"text\"")
				.append(common)
				.append(" value=\"")
				.append(escape(input.value()))
				.append("\">\n");
		}
		html.append("</div>\n");
	}

	/**
	 * A drop-down that starts on an empty choice, so nothing is chosen for the person by
	 * accident.
	 */
	private static void appendChoice(StringBuilder html, ChoiceInput input, String messageId) {
		String id = escape(messageId + "-" + input.id());
		html.append("<div class=\"field\">\n<label for=\"")
			.append(id)
			.append("\">")
			.append(escape(input.label()))
			.append("</label>\n<select id=\"")
			.append(id)
			.append("\" name=\"")
			.append(escape(input.id()))
			.append("\" data-input=\"")
			.append(escape(input.id()))
			.append("\" required>\n<option value=\"\">–</option>\n");
		for (Choice choice : input.choices()) {
			html.append("<option value=\"")
				.append(escape(choice.value()))
				.append("\">")
				.append(escape(choice.label()))
				.append("</option>\n");
		}
		html.append("</select>\n</div>\n");
	}

	/**
	 * Web addresses in a text: characters an address ends a sentence with are left
	 * outside it.
	 */
	private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The text escaped, with every http or https address a link that opens in a new tab
	 * without giving that page a hold on this one; nothing else becomes markup.
	 */
	static String linked(String text) {
		Matcher address = ADDRESS.matcher(text);
		StringBuilder html = new StringBuilder();
		int done = 0;
		while (address.find()) {
			String url = address.group();
			html.append(escape(text.substring(done, address.start())))
				.append("<a href=\"")
				.append(escape(url))
				.append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
				.append(escape(url))
				.append("</a>");
			done = address.end();
		}
		return html.append(escape(text.substring(done))).toString();
	}

	/** Escapes for both element text and quoted attribute values. */
	static String escape(String text) {
		return HtmlText.escape(text);
	}

}
