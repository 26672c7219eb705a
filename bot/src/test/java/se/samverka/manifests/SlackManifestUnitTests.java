package se.samverka.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

/**
 * manifests/slack/manifest.yml: valid, pointing at /slack/events only, free of secrets.
 */
class SlackManifestUnitTests {

	private static final String EVENTS_URL = "https://samverka.example.org/slack/events";

	private static final String REDIRECT_URL = "https://samverka.example.org/slack/oauth_redirect";

	private final Path file = Checkout.file("manifests/slack/manifest.yml");

	private final JsonNode manifest = read(file);

	@Test
	void isValidAgainstTheSlackManifestSchema() {
		assertThat(errors(manifest)).isEmpty();
	}

	@Test
	void schemaCheckRejectsABrokenManifest() {
		ObjectNode broken = manifest.deepCopy();
		broken.remove("display_information");
		((ObjectNode) broken.path("features").path("bot_user")).put("display_name", "Sam verka!");
		assertThat(errors(broken)).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void everyUrlIsSamverkasSlackEndpointOrItsInstallRedirect() {
		List<String> urls = new ArrayList<>();
		collectUrls(manifest, urls);
		assertThat(urls).hasSizeGreaterThanOrEqualTo(4)
			.allMatch(url -> EVENTS_URL.equals(url) || REDIRECT_URL.equals(url));
		assertThat(texts(manifest.at("/oauth_config/redirect_urls"))).containsExactly(REDIRECT_URL);
		assertThat(manifest.at("/settings/event_subscriptions/request_url").asText()).isEqualTo(EVENTS_URL);
		assertThat(manifest.at("/settings/interactivity/request_url").asText()).isEqualTo(EVENTS_URL);
		assertThat(manifest.at("/features/slash_commands/0/url").asText()).isEqualTo(EVENTS_URL);
	}

	@Test
	void declaresTheSlashCommandEventsAndScopesTheBotUses() {
		JsonNode command = manifest.at("/features/slash_commands/0");
		assertThat(command.path("command").asText()).isEqualTo("/samverka");
		assertThat(command.path("usage_hint").asText()).isNotBlank();
		assertThat(command.path("description").asText()).isNotBlank();
		assertThat(texts(manifest.at("/settings/event_subscriptions/bot_events")))
			.containsExactlyInAnyOrder("app_mention", "message.im", "app_uninstalled", "tokens_revoked");
		assertThat(texts(manifest.at("/oauth_config/scopes/bot")))
			.contains("commands", "chat:write", "app_mentions:read", "im:history", "im:read", "im:write", "users:read")
			.doesNotHaveDuplicates();
		assertThat(manifest.at("/oauth_config/scopes/user").isMissingNode()).as("no user scopes").isTrue();
		assertThat(manifest.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
		assertThat(manifest.at("/features/app_home/messages_tab_enabled").asBoolean()).as("direct messages").isTrue();
	}

	@Test
	void usesHttpEventsNotSocketModeOrOrgDeploy() {
		assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean(true)).isFalse();
		assertThat(manifest.at("/settings/org_deploy_enabled").asBoolean(true)).isFalse();
	}

	@Test
	void containsNoSecretsOrTokens() throws IOException {
		String text = Files.readString(file);
		assertThat(text).doesNotContainPattern(Pattern.compile("xox[abposr]-|xapp-"))
			.doesNotContainPattern(Pattern.compile("(?i)(secret|password|client_id|verification_token|signing)"))
			.doesNotContainPattern(Pattern.compile("\\b[0-9a-f]{32}\\b"));
	}

	private static List<String> errors(JsonNode document) {
		Path schemaFile = Checkout.shared("schemas/slack-app-manifest.schema.json");
		try (InputStream in = Files.newInputStream(schemaFile)) {
			JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
			Set<ValidationMessage> messages = schema.validate(document);
			return messages.stream().map(ValidationMessage::getMessage).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void collectUrls(JsonNode node, List<String> urls) {
		if (node.isTextual() && node.asText().contains("://")) {
			urls.add(node.asText());
		}
		node.forEach(child -> collectUrls(child, urls));
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(n -> texts.add(n.asText()));
		return texts;
	}

	private static JsonNode read(Path file) {
		try {
			return new YAMLMapper().readTree(file.toFile());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
