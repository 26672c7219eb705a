package se.samverka.webpage;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without script for the personal page, over real HTTP: it reads the page's
 * forms and sends them as a browser would (form-encoded, with the hidden fields and the
 * pressed button's command), and does not follow redirects by itself.
 */
final class PageClient {

	private static final Pattern FORM = Pattern.compile("<form method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL);

	private static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\" name=\"([a-z]+)\" value=\"([^\"]*)\">");

	private static final Pattern BUTTON = Pattern
		.compile("<button type=\"submit\" name=\"command\" value=\"([^\"]*)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	final String base;

	PageClient(int port) {
		this.base = "http://localhost:" + port;
	}

	record Page(int status, String body, HttpResponse<String> response) {

		String header(String name) {
			return response.headers().firstValue(name).orElse(null);
		}

		/**
		 * The page's forms, each with its hidden fields and the commands of its buttons.
		 */
		List<Form> forms() {
			List<Form> forms = new ArrayList<>();
			Matcher form = FORM.matcher(body);
			while (form.find()) {
				Map<String, String> hidden = new LinkedHashMap<>();
				Matcher field = HIDDEN.matcher(form.group(1));
				while (field.find()) {
					hidden.put(field.group(1), unescape(field.group(2)));
				}
				List<String> commands = new ArrayList<>();
				Matcher button = BUTTON.matcher(form.group(1));
				while (button.find()) {
					commands.add(unescape(button.group(1)));
				}
				forms.add(new Form(hidden, commands, form.group(1)));
			}
			return forms;
		}

		/** The form with a button whose command ends with {@code command}. */
		Form formFor(String command) {
			return forms().stream()
				.filter(f -> f.commands().stream().anyMatch(c -> c.endsWith(command)))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No form for " + command + " in\n" + body));
		}

	}

	record Form(Map<String, String> hidden, List<String> commands, String html) {

		String command(String ending) {
			return commands.stream().filter(c -> c.endsWith(ending)).findFirst().orElseThrow();
		}

		/**
		 * The form as a browser sends it when the button is pressed, with these inputs.
		 */
		Map<String, String> submit(String ending, Map<String, String> inputs) {
			Map<String, String> sent = new LinkedHashMap<>(hidden);
			sent.put("command", command(ending));
			inputs.forEach((id, value) -> sent.put(MessageHtml.INPUT_PREFIX + id, value));
			return sent;
		}

	}

	Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
	}

	Page post(String path, Map<String, String> fields) {
		return post(path, fields, Map.of());
	}

	Page post(String path, Map<String, String> fields, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
		headers.forEach(request::header);
		return send(request.build());
	}

	/** Sends the form, then follows the redirect to the page with the reply. */
	Page submit(String path, Map<String, String> fields) {
		Page posted = post(path, fields);
		if (posted.status() != 303) {
			return posted;
		}
		return get(posted.header("Location"));
	}

	private Page send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	static String unescape(String html) {
		return html.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	/** The page's text without tags, a line per element. */
	static String text(String html) {
		return unescape(html.replaceAll("<[^>]+>", "\n").replaceAll("\n\\s*\n+", "\n"));
	}

}
