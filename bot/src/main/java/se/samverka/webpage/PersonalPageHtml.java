package se.samverka.webpage;

import java.util.List;
import java.util.Locale;

import se.samverka.chat.HtmlText;
import se.samverka.chat.Message;
import se.samverka.chat.Texts;

/**
 * A person's page as one HTML document with no script: a skip link, h1 with their name,
 * the reply to what they just did, then an h2 per section (their messages below it, h3
 * within), and the forms for network, language and link. Also the friendly pages for a
 * link or form that opens nothing.
 */
final class PersonalPageHtml {

	/** One part of the page: its heading and what it shows. */
	record Section(String id, String heading, List<Message> messages) {
	}

	private final Texts texts;

	private final Locale locale;

	private final StringBuilder html = new StringBuilder();

	private final MessageHtml messages = new MessageHtml("m");

	PersonalPageHtml(Texts texts, Locale locale) {
		this.texts = texts;
		this.locale = locale;
	}

	/**
	 * @param reply the kept reply to the last form, HTML, or null
	 * @param networkName the network shown, or null when the person is in none
	 */
	String page(String name, String networkName, String expires, String reply, List<Section> sections) {
		open(t("page.title", name));
		html.append("<header>\n<h1>").append(e(t("page.heading", name))).append("</h1>\n");
		if (networkName != null) {
			html.append("<p class=\"meta\">").append(e(t("page.network", networkName))).append("</p>\n");
		}
		html.append("<p class=\"meta\">").append(e(t("page.expires", expires))).append("</p>\n</header>\n");
		html.append("<main id=\"main\" tabindex=\"-1\">\n");
		if (reply != null) {
			html.append("<section class=\"reply\" aria-labelledby=\"reply\" role=\"status\">\n<h2 id=\"reply\">")
				.append(e(t("page.reply")))
				.append("</h2>\n")
				.append(reply)
				.append("</section>\n");
		}
		if (networkName == null) {
			html.append("<p>").append(e(t("page.no-network"))).append("</p>\n");
		}
		for (Section section : sections) {
			html.append("<section aria-labelledby=\"")
				.append(section.id())
				.append("\">\n<h2 id=\"")
				.append(section.id())
				.append("\">")
				.append(e(section.heading()))
				.append("</h2>\n");
			if (section.messages().isEmpty()) {
				html.append("<p class=\"tone-subtle\">").append(e(t("page.section.empty"))).append("</p>\n");
			}
			section.messages().forEach(m -> html.append(messages.render(m)));
			html.append("</section>\n");
		}
		return close();
	}

	/** The friendly page for a link or form that opens nothing. */
	String refusal(String textKey) {
		open(t("page.refused.title"));
		html.append("<main id=\"main\" tabindex=\"-1\">\n<h1>")
			.append(e(t("page.refused.title")))
			.append("</h1>\n<p>")
			.append(e(t(textKey)))
			.append("</p>\n");
		return close();
	}

	/** After the person closed their links: the reply, and nothing else. */
	String closed(String reply) {
		open(t("page.closed.title"));
		html.append("<main id=\"main\" tabindex=\"-1\">\n<h1>")
			.append(e(t("page.closed.title")))
			.append("</h1>\n<div role=\"status\">\n")
			.append(reply)
			.append("</div>\n");
		return close();
	}

	/**
	 * The page for an expired link: a form that sends a new one by e-mail when the person
	 * has an address, else how to ask for one in Teams or Slack.
	 */
	String expired(boolean byEmail, String csrf, String done) {
		open(t("page.expired.title"));
		html.append("<main id=\"main\" tabindex=\"-1\">\n<h1>").append(e(t("page.expired.title"))).append("</h1>\n");
		if (done != null) {
			html.append("<p role=\"status\">").append(e(t(done))).append("</p>\n");
		}
		else if (byEmail) {
			html.append("<p>").append(e(t("page.expired.text"))).append("</p>\n");
			html.append("<form method=\"post\">\n");
			MessageHtml.hidden(html, "csrf", csrf);
			MessageHtml.hidden(html, "renew", "email");
			html.append("<button type=\"submit\" class=\"primary\">")
				.append(e(t("page.expired.send")))
				.append("</button>\n</form>\n");
		}
		else {
			html.append("<p>").append(e(t("page.expired.ask"))).append("</p>\n");
		}
		return close();
	}

	private void open(String title) {
		HtmlText.openPage(html, locale, title, PersonalPageController.STYLES, t("page.skip"));
	}

	private String close() {
		html.append("</main>\n</body>\n</html>\n");
		return html.toString();
	}

	private String t(String key, Object... arguments) {
		return texts.get(locale, key, arguments);
	}

	private static String e(String text) {
		return HtmlText.escape(text);
	}

}
