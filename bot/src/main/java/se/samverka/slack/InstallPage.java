package se.samverka.slack;

import java.util.List;

import se.samverka.chat.HtmlText;
import se.samverka.chat.Languages;
import se.samverka.chat.Texts;

/**
 * The page a workspace admin sees at the end of an install: the same words in Swedish and
 * in English (nobody has chosen a language yet), with a link to start again when it did
 * not work.
 */
final class InstallPage {

	private final Texts texts;

	InstallPage(Texts texts) {
		this.texts = texts;
	}

	String installed(String teamName) {
		return page("slack.install.installed.title", "slack.install.installed", teamName == null ? "Slack" : teamName,
				false);
	}

	String refused(String reasonKey) {
		return page("slack.install.refused.title", reasonKey, null, true);
	}

	private String page(String titleKey, String textKey, String argument, boolean again) {
		StringBuilder html = new StringBuilder(
				"<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<meta name=\"robots\" content=\"noindex, nofollow\">\n<title>")
			.append(HtmlText.escape(texts.get(Languages.SWEDISH, titleKey)))
			.append(" · ")
			.append(HtmlText.escape(texts.get(Languages.ENGLISH, titleKey)))
			.append("</title>\n</head>\n<body>\n<main>\n");
		for (var locale : List.of(Languages.SWEDISH, Languages.ENGLISH)) {
			html.append("<section lang=\"")
				.append(locale.getLanguage())
				.append("\">\n<h1>")
				.append(HtmlText.escape(texts.get(locale, titleKey)))
				.append("</h1>\n<p>")
				.append(HtmlText.escape(texts.get(locale, textKey, argument)))
				.append("</p>\n");
			if (again) {
				html.append("<p><a href=\"/slack/install\">")
					.append(HtmlText.escape(texts.get(locale, "slack.install.again")))
					.append("</a></p>\n");
			}
			html.append("</section>\n");
		}
		return html.append("</main>\n</body>\n</html>\n").toString();
	}

}
