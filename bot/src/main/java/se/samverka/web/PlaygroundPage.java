package se.samverka.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverka.chat.Languages;
import se.samverka.chat.Texts;

/**
 * The playground page, its script and its style sheet. The page's words come from the
 * playground text bundles ({@code {{key}}} in the template), in Swedish unless
 * {@code ?lang=en}. Served from here rather than as static resources so that
 * {@link PlaygroundGate} guards every file.
 */
@Controller
class PlaygroundPage {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z0-9.-]+)\\}\\}");

	private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

	private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	private final Texts texts;

	private final String template = resource("index.html");

	private final String script = resource("app.js");

	private final String styles = resource("app.css");

	PlaygroundPage(Texts texts) {
		this.texts = texts;
	}

	@GetMapping("/")
	ResponseEntity<String> page(@RequestParam(name = "lang", required = false) String lang) {
		Locale locale = Languages.isEnglish(Languages.parse(lang).orElse(null)) ? Languages.ENGLISH : Languages.SWEDISH;
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder html = new StringBuilder();
		while (matcher.find()) {
			String key = matcher.group(1);
			String value = key.equals("lang") ? locale.getLanguage() : texts.get(locale, "playground." + key);
			matcher.appendReplacement(html, Matcher.quoteReplacement(HtmlRenderer.escape(value)));
		}
		matcher.appendTail(html);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
			.body(html.toString());
	}

	@GetMapping("/playground/app.js")
	ResponseEntity<String> script() {
		return ResponseEntity.ok().contentType(JAVASCRIPT).body(script);
	}

	@GetMapping("/playground/app.css")
	ResponseEntity<String> styles() {
		return ResponseEntity.ok().contentType(CSS).body(styles);
	}

	private static String resource(String name) {
		try (InputStream in = PlaygroundPage.class.getResourceAsStream("/playground/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing playground file " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
