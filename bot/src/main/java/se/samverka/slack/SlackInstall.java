package se.samverka.slack;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;

/**
 * A workspace installing Samverka with OAuth v2: where to send the browser (Slack's
 * authorize page with the app's client id, the manifest's bot scopes, our redirect and a
 * state), and the code Slack sends back exchanged for the workspace's bot token
 * (oauth.v2.access), which is kept encrypted.
 */
class SlackInstall {

	/** The bot scopes of manifests/slack/manifest.yml (a test keeps them the same). */
	static final List<String> SCOPES = List.of("app_mentions:read", "channels:read", "chat:write", "commands",
			"groups:read", "im:history", "im:read", "im:write", "users:read");

	static final String REDIRECT_PATH = "/slack/oauth_redirect";

	private static final Logger log = LoggerFactory.getLogger(SlackInstall.class);

	private final Slack slack;

	private final SlackSettings settings;

	private final SlackInstallations installations;

	private final String redirectUri;

	private final Clock clock;

	SlackInstall(Slack slack, SlackSettings settings, SlackInstallations installations, String publicUrl, Clock clock) {
		this.slack = slack;
		this.settings = settings;
		this.installations = installations;
		this.redirectUri = publicUrl + REDIRECT_PATH;
		this.clock = clock;
	}

	String authorizeUrl(String state) {
		String separator = settings.oauthUrl().contains("?") ? "&" : "?";
		return settings.oauthUrl() + separator + "client_id=" + encode(settings.clientId()) + "&scope="
				+ encode(String.join(",", SCOPES)) + "&redirect_uri=" + encode(redirectUri) + "&state=" + encode(state);
	}

	/** Whether people reach Samverka over HTTPS, so the state cookie can be Secure. */
	boolean overHttps() {
		return redirectUri.startsWith("https:");
	}

	/** The outcome of exchanging {@code code}: the workspace's name, or why not. */
	Result complete(String code) {
		OAuthV2AccessResponse response;
		try {
			response = slack.methods()
				.oauthV2Access(r -> r.clientId(settings.clientId())
					.clientSecret(settings.clientSecret())
					.code(code)
					.redirectUri(redirectUri));
		}
		catch (IOException | SlackApiException ex) {
			log.warn("oauth.v2.access could not be completed: {}", ex.getClass().getSimpleName());
			return Result.failed("slack.install.refused.slack");
		}
		if (!response.isOk()) {
			log.warn("oauth.v2.access refused the install: {}", response.getError());
			return Result.failed("slack.install.refused.slack");
		}
		if (response.isEnterpriseInstall() || response.getTeam() == null || response.getTeam().getId() == null) {
			log.warn("Refused an org-wide Slack install (enterprise {})",
					response.getEnterprise() == null ? null : response.getEnterprise().getId());
			return Result.failed("slack.install.refused.enterprise");
		}
		if (!"bot".equals(response.getTokenType()) || response.getAccessToken() == null) {
			log.warn("oauth.v2.access gave no bot token (workspace {})", response.getTeam().getId());
			return Result.failed("slack.install.refused.slack");
		}
		String team = response.getTeam().getId();
		installations.save(team, response.getEnterprise() == null ? null : response.getEnterprise().getId(),
				response.getAppId(), new SlackBot(team, response.getAccessToken(), response.getBotUserId(), null),
				response.getScope() == null ? List.of() : Arrays.asList(response.getScope().split(",")),
				response.getAuthedUser() == null ? null : response.getAuthedUser().getId(), clock.instant());
		log.info("Samverka was installed in Slack workspace {} (bot user {})", team, response.getBotUserId());
		return new Result(response.getTeam().getName(), null);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** Installed in the workspace {@code teamName}, or refused for {@code reasonKey}. */
	record Result(String teamName, String reasonKey) {

		static Result failed(String reasonKey) {
			return new Result(null, reasonKey);
		}

		boolean installed() {
			return reasonKey == null;
		}

	}

}
