package se.samverka.email;

import java.util.Locale;

import se.samverka.chat.HtmlText;
import se.samverka.chat.Texts;

/**
 * The small pages behind an e-mail's footer links, in the person's language: plain HTML
 * forms that work without scripts, and nothing that changes anything on a GET.
 */
final class EmailChoicesPage {

	private final Texts texts;

	private final Locale locale;

	EmailChoicesPage(Texts texts, Locale locale) {
		this.texts = texts;
		this.locale = locale;
	}

	String notice(String key) {
		return page("<p>" + t(key) + "</p>\n");
	}

	String confirmUnsubscribe(String action) {
		return page("<p>" + t("email.page.unsubscribe.question") + "</p>\n<form method=\"post\" action=\""
				+ HtmlText.escape(action) + "\">\n<button type=\"submit\">" + t("email.page.unsubscribe.button")
				+ "</button>\n</form>\n");
	}

	String unsubscribed(String preferences) {
		return page("<p>" + t("email.page.unsubscribed") + "</p>\n<p><a href=\"" + HtmlText.escape(preferences) + "\">"
				+ t("email.page.change-mind") + "</a></p>\n");
	}

	String preferences(String action, boolean emailOn, boolean steering, boolean digests, boolean saved) {
		StringBuilder body = new StringBuilder();
		if (saved) {
			body.append("<p role=\"status\">").append(t("email.page.saved")).append("</p>\n");
		}
		body.append("<form method=\"post\" action=\"").append(HtmlText.escape(action)).append("\">\n");
		checkbox(body, "email", emailOn, t("email.page.preferences.email"));
		if (steering) {
			checkbox(body, "digests", digests, t("email.page.preferences.digests"));
		}
		body.append("<p><button type=\"submit\">").append(t("email.page.preferences.save")).append("</button></p>\n");
		body.append("</form>\n");
		return page("<h2>" + t("email.page.preferences.heading") + "</h2>\n" + body);
	}

	private static void checkbox(StringBuilder body, String name, boolean checked, String label) {
		body.append("<p><label><input type=\"checkbox\" name=\"")
			.append(name)
			.append("\" value=\"on\"")
			.append(checked ? " checked" : "")
			.append("> ")
			.append(label)
			.append("</label></p>\n");
	}

	private String page(String content) {
		return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
				+ "<meta name=\"robots\" content=\"noindex\">\n<title>" + t("email.page.title") + "</title>\n</head>\n"
				+ "<body style=\"font-family:sans-serif;line-height:1.5;max-width:40em;margin:2em auto;padding:0 1em\">\n"
				+ "<main>\n<h1>Samverka</h1>\n" + content + "</main>\n</body>\n</html>\n";
	}

	private String t(String key) {
		return HtmlText.escape(texts.get(locale, key));
	}

}
