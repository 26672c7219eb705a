package se.samverka.email;

import java.util.Locale;

import se.samverka.chat.Block;
import se.samverka.chat.HtmlText;
import se.samverka.chat.Message;
import se.samverka.chat.PersonId;
import se.samverka.chat.Texts;
import se.samverka.links.PersonalLinks;

/**
 * A neutral message as an e-mail in the recipient's language: a subject (the message's
 * first heading, or a general one), plain text, and simple HTML (no images, scripts or
 * outside resources; inline styles only). Buttons and inputs cannot act from a mail, so
 * they become one sentence pointing to the person's own page, whose fresh signed link is
 * in every mail; nothing in a mail acts by being opened.
 */
class EmailRenderer {

	static final int MAX_SUBJECT = 120;

	private final Texts texts;

	private final PersonalLinks pages;

	private final EmailLinks links;

	EmailRenderer(Texts texts, PersonalLinks pages, EmailLinks links) {
		this.texts = texts;
		this.pages = pages;
		this.links = links;
	}

	record Rendered(String subject, String text, String html) {
	}

	Rendered render(Message message, PersonId person, Locale locale) {
		String page = pages.url(person);
		String preferences = links.preferences(person);
		String unsubscribe = links.unsubscribe(person);
		StringBuilder text = new StringBuilder();
		StringBuilder html = new StringBuilder();
		String subject = null;
		boolean actions = false;
		for (Block block : message.blocks()) {
			if (block instanceof Block.Heading h) {
				subject = subject == null ? h.text() : subject;
				text.append(h.text()).append("\n\n");
				html.append("<h1 style=\"font-size:1.3em\">").append(lines(h.text())).append("</h1>\n");
			}
			else if (block instanceof Block.Paragraph p) {
				text.append(p.text()).append("\n\n");
				String style = p.tone() == Block.Tone.SUBTLE ? " style=\"color:#555\"" : "";
				html.append("<p").append(style).append(">").append(lines(p.text())).append("</p>\n");
			}
			else if (block instanceof Block.Facts f) {
				html.append("<dl>\n");
				for (Block.Fact fact : f.facts()) {
					text.append(fact.label()).append(": ").append(fact.value()).append('\n');
					html.append("<dt style=\"font-weight:bold\">")
						.append(lines(fact.label()))
						.append("</dt><dd>")
						.append(lines(fact.value()))
						.append("</dd>\n");
				}
				text.append('\n');
				html.append("</dl>\n");
			}
			else if (block instanceof Block.BarChart c) {
				if (!c.title().isEmpty()) {
					text.append(c.title()).append('\n');
					html.append("<p style=\"font-weight:bold\">").append(lines(c.title())).append("</p>\n");
				}
				html.append("<ul>\n");
				for (Block.Bar bar : c.bars()) {
					text.append("- ").append(bar.label()).append(": ").append(bar.caption()).append('\n');
					html.append("<li>")
						.append(lines(bar.label()))
						.append(": ")
						.append(lines(bar.caption()))
						.append("</li>\n");
				}
				text.append('\n');
				html.append("</ul>\n");
			}
			else if (block instanceof Block.Divider) {
				text.append("---\n\n");
				html.append("<hr>\n");
			}
			else if (block instanceof Block.TextInput input && !input.label().isBlank()) {
				// what is asked shows; the answer is given on the page
				actions = true;
				text.append("- ").append(input.label()).append("\n\n");
				html.append("<p>– ").append(lines(input.label())).append("</p>\n");
			}
			else if (block instanceof Block.ChoiceInput choice && !choice.label().isBlank()) {
				actions = true;
				text.append("- ").append(choice.label()).append("\n\n");
				html.append("<p>– ").append(lines(choice.label())).append("</p>\n");
			}
			else {
				// buttons act on the page, never from the mail
				actions = true;
			}
		}
		String open = texts.get(locale, "email.open-page");
		String sentence = texts.get(locale, actions ? "email.act-on-page" : "email.read-on-page");
		text.append(sentence).append('\n').append(open).append(": ").append(page).append("\n\n");
		html.append("<p>")
			.append(HtmlText.escape(sentence))
			.append("</p>\n<p><a href=\"")
			.append(HtmlText.escape(page))
			.append("\" style=\"font-weight:bold\">")
			.append(HtmlText.escape(open))
			.append("</a></p>\n");
		String personal = texts.get(locale, "email.personal-link");
		String why = texts.get(locale, "email.footer");
		String settings = texts.get(locale, "email.preferences");
		String stop = texts.get(locale, "email.unsubscribe");
		text.append("-- \n")
			.append(personal)
			.append('\n')
			.append(why)
			.append('\n')
			.append(settings)
			.append(": ")
			.append(preferences)
			.append('\n')
			.append(stop)
			.append(": ")
			.append(unsubscribe)
			.append('\n');
		html.append("<hr>\n<footer style=\"color:#555;font-size:0.9em\">\n<p>")
			.append(HtmlText.escape(personal))
			.append(' ')
			.append(HtmlText.escape(why))
			.append("</p>\n<p><a href=\"")
			.append(HtmlText.escape(preferences))
			.append("\">")
			.append(HtmlText.escape(settings))
			.append("</a> · <a href=\"")
			.append(HtmlText.escape(unsubscribe))
			.append("\">")
			.append(HtmlText.escape(stop))
			.append("</a></p>\n</footer>\n");
		String title = subject(subject, message, locale);
		String document = "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage()
				+ "\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width\">\n<title>" + HtmlText.escape(title)
				+ "</title>\n</head>\n<body style=\"font-family:sans-serif;line-height:1.5;max-width:40em;color:#111\">\n"
				+ html + "</body>\n</html>\n";
		return new Rendered(title, text.toString(), document);
	}

	String unsubscribeLink(PersonId person) {
		return links.unsubscribe(person);
	}

	private String subject(String heading, Message message, Locale locale) {
		String subject = heading;
		if (subject == null || subject.isBlank()) {
			String first = message.fallbackText().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
			subject = first.isBlank() ? texts.get(locale, "email.subject") : first;
		}
		subject = subject.replaceAll("\\s+", " ").strip();
		return subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT - 1).strip() + "…";
	}

	private static String lines(String text) {
		return HtmlText.escape(text).replace("\n", "<br>\n");
	}

}
