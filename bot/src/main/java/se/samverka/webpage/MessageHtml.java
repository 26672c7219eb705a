package se.samverka.webpage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * A neutral message as HTML that needs no script: a message with buttons is a form that
 * posts to the page it is on (no action attribute, so no link token in the markup), its
 * inputs as labelled fields and each button a submit button carrying its command. The
 * form token is a placeholder filled in when the page is served, so that a kept reply
 * holds nothing of the person's. Every text is escaped.
 */
final class MessageHtml {

	/** Replaced by the person's form token when the page is served. */
	static final String CSRF_SLOT = "__samverka_form_token__";

	static final String INPUT_PREFIX = "in_";

	private final String idPrefix;

	private int count;

	/**
	 * @param idPrefix keeps field ids unique on the page (replies and sections)
	 */
	MessageHtml(String idPrefix) {
		this.idPrefix = idPrefix;
	}

	String render(Message message) {
		String id = idPrefix + (++count);
		boolean form = message.blocks().stream().anyMatch(Actions.class::isInstance);
		StringBuilder html = new StringBuilder();
		if (form) {
			List<String> fields = new ArrayList<>();
			for (Block block : message.blocks()) {
				if (block instanceof TextInput input) {
					fields.add(input.id());
				}
				else if (block instanceof ChoiceInput input) {
					fields.add(input.id());
				}
			}
			html.append("<form method=\"post\" class=\"message\">\n");
			hidden(html, "csrf", CSRF_SLOT);
			hidden(html, "nonce", PageForms.nonce());
			hidden(html, "fields", String.join(",", fields));
		}
		else {
			html.append("<div class=\"message\">\n");
		}
		// where a message has several rows of buttons (a poll's options), each button
		// names the row it is on, for those who hear it rather than see it
		boolean rows = message.blocks().stream().filter(Actions.class::isInstance).count() > 1;
		String row = null;
		for (Block block : message.blocks()) {
			if (block instanceof Paragraph p) {
				row = p.text().lines().findFirst().orElse("");
			}
			append(html, block, id, rows ? row : null);
		}
		return html.append(form ? "</form>\n" : "</div>\n").toString();
	}

	static void hidden(StringBuilder html, String name, String value) {
		html.append("<input type=\"hidden\" name=\"")
			.append(name)
			.append("\" value=\"")
			.append(e(value))
			.append("\">\n");
	}

	private static void append(StringBuilder html, Block block, String id, String row) {
		if (block instanceof Heading h) {
			html.append("<h3>").append(e(h.text())).append("</h3>\n");
		}
		else if (block instanceof Paragraph p) {
			html.append("<p class=\"tone-").append(p.tone().name().toLowerCase(Locale.ROOT)).append("\">");
			String text = p.text().strip();
			if (text.matches("https?://\\S+")) {
				html.append("<a href=\"").append(e(text)).append("\">").append(e(text)).append("</a>");
			}
			else {
				html.append(e(p.text()));
			}
			html.append("</p>\n");
		}
		else if (block instanceof Facts f) {
			html.append("<dl>\n");
			for (Fact fact : f.facts()) {
				html.append("<dt>")
					.append(e(fact.label()))
					.append("</dt><dd>")
					.append(e(fact.value()))
					.append("</dd>\n");
			}
			html.append("</dl>\n");
		}
		else if (block instanceof TextInput input) {
			String field = id + "-" + input.id();
			label(html, field, input.label().isEmpty() ? input.placeholder() : input.label());
			String common = " id=\"" + field + "\" name=\"" + INPUT_PREFIX + input.id() + "\" maxlength=\""
					+ input.maxLength() + "\"" + (input.optional() ? "" : " required");
			if (input.multiline()) {
				html.append("<textarea rows=\"4\"").append(common).append(">").append(e(input.value()));
				html.append("</textarea>\n");
			}
			else {
				html.append("<input type=\"text\"").append(common).append(" value=\"").append(e(input.value()));
				html.append("\">\n");
			}
		}
		else if (block instanceof ChoiceInput input) {
			String field = id + "-" + input.id();
			label(html, field, input.label());
			html.append("<select id=\"")
				.append(field)
				.append("\" name=\"")
				.append(INPUT_PREFIX)
				.append(input.id())
				.append("\" required>\n<option value=\"\">–</option>\n");
			for (Choice choice : input.choices()) {
				html.append("<option value=\"")
					.append(e(choice.value()))
					.append("\">")
					.append(e(choice.label()))
					.append("</option>\n");
			}
			html.append("</select>\n");
		}
		else if (block instanceof Actions actions) {
			html.append("<div class=\"actions\">\n");
			for (Button button : actions.buttons()) {
				html.append("<button type=\"submit\" name=\"command\" value=\"")
					.append(e(button.command()))
					.append("\"")
					.append(row == null ? "" : " aria-label=\"" + e(button.label() + ": " + row) + "\"")
					.append(button.primary() ? " class=\"primary\"" : "")
					.append(">")
					.append(e(button.label()))
					.append("</button>\n");
			}
			html.append("</div>\n");
		}
		else if (block instanceof BarChart chart) {
			html.append("<figure>\n");
			if (!chart.title().isEmpty()) {
				html.append("<figcaption>").append(e(chart.title())).append("</figcaption>\n");
			}
			html.append("<ul>\n");
			for (Bar bar : chart.bars()) {
				html.append("<li>").append(e(bar.label())).append(": ").append(e(bar.caption())).append("</li>\n");
			}
			html.append("</ul>\n</figure>\n");
		}
		else {
			html.append("<hr>\n");
		}
	}

	private static void label(StringBuilder html, String field, String text) {
		html.append("<label for=\"").append(field).append("\">").append(e(text)).append("</label>\n");
	}

	static String e(String text) {
		return HtmlText.escape(text);
	}

}
