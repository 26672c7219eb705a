package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a workspace admin's browser does to install Samverka: open {@code /slack/install},
 * follow the redirect to Slack (the fake approves), come back to
 * {@code /slack/oauth_redirect} with the code, the state and the install cookie.
 */
public final class SlackInstallBrowser {

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	private final FakeSlack slack;

	public SlackInstallBrowser(int port, FakeSlack slack) {
		this.port = port;
		this.slack = slack;
	}

	/** Where the browser is between leaving for Slack and coming back. */
	public record Started(String state, String cookie) {
	}

	/** The whole install; returns the last page, which must be a 200. */
	public HttpResponse<String> install(FakeSlack.Workspace workspace) throws Exception {
		HttpResponse<String> page = finish(start(), slack.approveInstall(workspace));
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return page;
	}

	public Started start() throws Exception {
		HttpResponse<String> redirect = get("/slack/install", null);
		assertThat(redirect.statusCode()).isEqualTo(302);
		String cookie = redirect.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		return new Started(query(redirect.headers().firstValue("Location").orElseThrow()).get("state"), cookie);
	}

	public HttpResponse<String> finish(Started started, String code) throws Exception {
		return get("/slack/oauth_redirect?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&state="
				+ URLEncoder.encode(started.state(), StandardCharsets.UTF_8), started.cookie());
	}

	public HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	public static Map<String, String> query(String url) {
		Map<String, String> params = new LinkedHashMap<>();
		for (String pair : URI.create(url).getRawQuery().split("&")) {
			int eq = pair.indexOf('=');
			params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return params;
	}

	/** A workspace of its own for one test. */
	public static FakeSlack.Workspace workspace(String name) {
		String id = "T" + name.toUpperCase(java.util.Locale.ROOT) + SignedSlack.next().replace("-", "");
		return new FakeSlack.Workspace(id, "Arbetsyta " + name, "xoxb-" + id + "-secret", "UBOT-" + id);
	}

}
