package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.message;
import static se.samverka.teams.TeamsActivities.post;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.auth0.jwt.JWTCreator;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.DevMode;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Message;
import se.samverka.conversation.KnownConversation;
import se.samverka.delivery.DeliveryFailed;

/**
 * With an app id, every request needs a Bot Connector JWT: signed by a key from the (here
 * fake) Bot Framework OpenID metadata, for our app id, from the right issuer, unexpired,
 * and for the activity's serviceUrl. Anything else is 401, never 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TeamsJwtIntegrationTests {

	static final String APP_ID = "11111111-2222-3333-4444-555555555555";

	static final String BOT_TOKEN = "bot-token-from-aad";

	static final FakeBotFrameworkKeys botFramework = new FakeBotFrameworkKeys();

	static final FakeBotConnector connector = new FakeBotConnector();

	/**
	 * A connector on "localhost": loopback too, but not on the allow-list of this
	 * instance.
	 */
	static final FakeBotConnector unlisted = new FakeBotConnector("localhost");

	@DynamicPropertySource
	static void teams(DynamicPropertyRegistry registry) {
		registry.add("samverka.teams.app-id", () -> APP_ID);
		registry.add("samverka.teams.app-password", () -> "not-used-by-the-test-credentials");
		registry.add("samverka.teams.app-type", () -> "MultiTenant");
		registry.add("samverka.teams.open-id-metadata-url", botFramework::metadataUrl);
		registry.add("samverka.teams.allowed-service-hosts", () -> "127.0.0.1");
	}

	/** The outbound token normally comes from Entra ID, which is not on this machine. */
	@TestConfiguration
	static class FixedBotToken {

		@Bean
		@Primary
		TeamsBotIdentities fixedBotToken() {
			return FixedBotTokens.byAppId(Map.of(APP_ID, BOT_TOKEN));
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	DevMode devMode;

	@Autowired
	TeamsSender sender;

	@AfterAll
	static void stop() {
		botFramework.close();
		connector.close();
		unlisted.close();
	}

	@Test
	void acceptsAValidTokenAndRepliesWithTheBotToken() {
		ObjectNode activity = activity();

		int status = post(port, activity, botFramework.sign(valid())).statusCode();

		assertThat(status).isEqualTo(200);
		assertThat(devMode.enabled()).isFalse();
		var replies = connector.postedTo(conversation(activity));
		assertThat(replies).hasSize(1);
		assertThat(replies.get(0).authorization()).isEqualTo("Bearer " + BOT_TOKEN);
		assertThat(replies.get(0).readable()).contains("Samverka – det här kan jag");
	}

	@Test
	void rejectsARequestWithoutAToken() {
		assertRejected(null);
	}

	@Test
	void rejectsMalformedTokens() {
		assertRejected("Bearer not.a.jwt");
		assertRejected("Bearer");
		assertRejected("Basic dXNlcjpwYXNz");
		assertRejected("Bearer " + "x".repeat(3000));
	}

	@Test
	void rejectsATokenForAnotherBot() {
		assertRejected(botFramework.sign(botFramework.token("some-other-app", connector.url())));
	}

	@Test
	void rejectsATokenFromAnotherIssuer() {
		assertRejected(botFramework.sign(valid().withIssuer("https://login.attacker.example")));
	}

	@Test
	void rejectsAnExpiredToken() {
		Instant longAgo = Instant.now().minusSeconds(3600);
		assertRejected(botFramework.sign(valid().withNotBefore(longAgo.minusSeconds(600))
			.withIssuedAt(longAgo.minusSeconds(600))
			.withExpiresAt(longAgo)));
	}

	@Test
	void rejectsATokenIssuedForAnotherServiceUrl() {
		assertRejected(botFramework.sign(botFramework.token(APP_ID, "https://smba.trafficmanager.net/emea/")));
	}

	@Test
	void rejectsATokenSignedWithAnUnknownKey() {
		assertRejected(botFramework.signAsStranger(valid()));
	}

	@Test
	void rejectsATokenWhenTheChannelIsNotEndorsedByTheKey() {
		ObjectNode activity = activity();
		activity.put("channelId", "slack");
		int status = post(port, activity, botFramework.sign(valid())).statusCode();
		assertThat(status).isEqualTo(401);
		assertThat(connector.postedTo(conversation(activity))).isEmpty();
	}

	@Test
	void neverSendsTheBotTokenToAHostOffTheAllowList() {
		String chat = "19:unlisted-" + UUID.randomUUID();
		String reference = "{\"serviceUrl\":\"" + unlisted.url() + "\",\"channelId\":\"msteams\","
				+ "\"conversation\":{\"id\":\"" + chat + "\"},\"bot\":{\"id\":\"28:samverka-bot\"}}";
		KnownConversation target = new KnownConversation("k", Channel.TEAMS, "t", chat, ConversationKind.GROUP,
				reference, Instant.now());

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> sender.send(target, Message.text("hej")))
			.isInstanceOf(DeliveryFailed.class);
		assertThat(unlisted.posted()).isEmpty();
	}

	private JWTCreator.Builder valid() {
		return botFramework.token(APP_ID, connector.url());
	}

	private ObjectNode activity() {
		return message(connector.url(), "a:jwt-" + UUID.randomUUID(), "personal", "u-" + UUID.randomUUID(), "hjälp");
	}

	private void assertRejected(String authorization) {
		ObjectNode activity = activity();
		int status = post(port, activity, authorization).statusCode();
		assertThat(status).as("answer to %s", authorization).isIn(401, 403);
		assertThat(connector.postedTo(conversation(activity))).isEmpty();
	}

	private static String conversation(ObjectNode activity) {
		return activity.path("conversation").path("id").asText();
	}

}
