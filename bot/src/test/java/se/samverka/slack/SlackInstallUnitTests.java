package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import se.samverka.manifests.Checkout;

/** What /slack/install asks Slack for is what the app manifest declares. */
class SlackInstallUnitTests {

	@Test
	void asksForTheBotScopesOfTheManifest() throws IOException {
		var manifest = new YAMLMapper().readTree(Checkout.file("manifests/slack/manifest.yml").toFile());
		List<String> scopes = new ArrayList<>();
		manifest.at("/oauth_config/scopes/bot").forEach(s -> scopes.add(s.asText()));
		assertThat(SlackInstall.SCOPES).containsExactlyElementsOf(scopes);
	}

	@Test
	void theAuthorizeUrlCarriesClientScopesRedirectAndState() {
		SlackSettings settings = new SlackSettings("", "shh", null, 0, "123.456", "secret",
				TokenCipherUnitTests.newKey(), "https://slack.example/oauth/v2/authorize");
		SlackInstall install = new SlackInstall(null, settings, null, "https://samverka.example.org", null);
		assertThat(install.authorizeUrl("s.1.x")).isEqualTo("https://slack.example/oauth/v2/authorize"
				+ "?client_id=123.456&scope=" + String.join("%2C", SlackInstall.SCOPES).replace(":", "%3A")
				+ "&redirect_uri=https%3A%2F%2Fsamverka.example.org%2Fslack%2Foauth_redirect&state=s.1.x");
		assertThat(install.overHttps()).isTrue();
		assertThat(settings.toString()).doesNotContain("secret").contains("123.456");
	}

	@Test
	void aClientIdNeedsItsSecretAndATokenKey() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> new SlackSettings("", "shh", null, 0, "123.456", "secret", "", null))
			.withMessageContaining("SLACK_TOKEN_KEY");
		assertThat(new SlackSettings("", "shh", null, 0, "123.456", "secret", "k", null).enabled()).isTrue();
		assertThat(new SlackSettings("", "shh", null, 0, null, null, null, null).enabled()).isFalse();
	}

}
