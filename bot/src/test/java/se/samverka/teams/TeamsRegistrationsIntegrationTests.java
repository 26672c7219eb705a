package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static se.samverka.teams.TeamsActivities.all;
import static se.samverka.teams.TeamsActivities.cardIn;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.message;
import static se.samverka.teams.TeamsActivities.post;
import static se.samverka.teams.TeamsActivities.throughRegistration;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.TestClock;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Message;
import se.samverka.conversation.ConversationReferences;
import se.samverka.conversation.KnownConversation;
import se.samverka.delivery.DeliveryFailed;
import se.samverka.teams.FakeBotConnector.Posted;

/**
 * Two principals' bot registrations behind one endpoint: a request is accepted with a
 * token for either app id, and every answer and proactive post in a conversation carries
 * the token of the registration that conversation came through, never the other's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class TeamsRegistrationsIntegrationTests {

	static final String APP_A = "aaaaaaaa-0000-0000-0000-00000000000a";

	static final String APP_B = "bbbbbbbb-0000-0000-0000-00000000000b";

	static final FakeBotFrameworkKeys botFramework = new FakeBotFrameworkKeys();

	static final FakeBotConnector connector = new FakeBotConnector();

	@DynamicPropertySource
	static void teams(DynamicPropertyRegistry registry) {
		registry.add("samverka.teams.registrations[0].app-id", () -> APP_A);
		registry.add("samverka.teams.registrations[0].app-password", () -> "not-used-a");
		registry.add("samverka.teams.registrations[0].tenant-id", () -> "tenant-a");
		registry.add("samverka.teams.registrations[1].app-id", () -> APP_B);
		registry.add("samverka.teams.registrations[1].app-password", () -> "not-used-b");
		registry.add("samverka.teams.registrations[1].tenant-id", () -> "tenant-b");
		registry.add("samverka.teams.open-id-metadata-url", botFramework::metadataUrl);
		registry.add("samverka.teams.allowed-service-hosts", () -> "127.0.0.1");
	}

	@TestConfiguration
	static class Tokens {

		@Bean
		@Primary
		TeamsBotIdentities fixedBotTokens() {
			return FixedBotTokens.byAppId(Map.of(APP_A, "token-of-a", APP_B, "token-of-b"));
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	TeamsSender sender;

	@Autowired
	ConversationReferences references;

	@Autowired
	TestClock clock;

	@AfterAll
	static void stop() {
		botFramework.close();
		connector.close();
	}

	@Test
	void eachRegistrationsConversationIsAnsweredWithItsOwnToken() {
		ObjectNode throughA = activity(APP_A, "tenant-a");
		ObjectNode throughB = activity(APP_B, "tenant-b");

		assertThat(post(port, throughA, botFramework.sign(botFramework.token(APP_A, connector.url()))).statusCode())
			.isEqualTo(200);
		assertThat(post(port, throughB, botFramework.sign(botFramework.token(APP_B, connector.url()))).statusCode())
			.isEqualTo(200);

		assertThat(connector.postedTo(conversation(throughA))).isNotEmpty()
			.allSatisfy(posted -> assertThat(posted.authorization()).isEqualTo("Bearer token-of-a"));
		assertThat(connector.postedTo(conversation(throughB))).isNotEmpty()
			.allSatisfy(posted -> assertThat(posted.authorization()).isEqualTo("Bearer token-of-b"));
	}

	@Test
	void aProactivePostUsesTheRegistrationTheConversationCameThrough() {
		assertProactivePostCarries(APP_A, "tenant-a", "Bearer token-of-a");
		assertProactivePostCarries(APP_B, "tenant-b", "Bearer token-of-b");
	}

	private void assertProactivePostCarries(String appId, String tenant, String authorization) {
		ObjectNode through = activity(appId, tenant);
		assertThat(post(port, through, botFramework.sign(botFramework.token(appId, connector.url()))).statusCode())
			.isEqualTo(200);
		ConversationKey key = new ConversationKey(Channel.TEAMS, tenant, conversation(through));
		KnownConversation stored = await().atMost(Duration.ofSeconds(10))
			.until(() -> references.find(key), Optional::isPresent)
			.orElseThrow();
		int before = connector.postedTo(conversation(through)).size();

		sender.send(stored, Message.text("Ny omröstning"));

		var posts = connector.postedTo(conversation(through));
		assertThat(posts).hasSize(before + 1);
		assertThat(posts.get(posts.size() - 1).authorization()).isEqualTo(authorization);
	}

	@Test
	void aTokenForOneRegistrationIsRefusedForAnotherRegistrationsBot() {
		ObjectNode toB = activity(APP_B, "tenant-b");

		int status = post(port, toB, botFramework.sign(botFramework.token(APP_A, connector.url()))).statusCode();

		assertThat(status).isEqualTo(401);
		assertThat(connector.postedTo(conversation(toB))).isEmpty();
	}

	@Test
	void aTokenForAnAppThatIsNotConfiguredIsRefused() {
		ObjectNode activity = activity("cccccccc-0000-0000-0000-00000000000c", "tenant-c");

		int status = post(port, activity,
				botFramework.sign(botFramework.token("cccccccc-0000-0000-0000-00000000000c", connector.url())))
			.statusCode();

		assertThat(status).isEqualTo(401);
		assertThat(connector.postedTo(conversation(activity))).isEmpty();
	}

	@Test
	void aStoredConversationOfAnUnknownBotGetsNoToken() {
		String chat = "19:unknown-bot-" + UUID.randomUUID();
		String reference = "{\"serviceUrl\":\"" + connector.url() + "\",\"channelId\":\"msteams\","
				+ "\"conversation\":{\"id\":\"" + chat + "\"},\"bot\":{\"id\":\"28:removed-app\"}}";
		KnownConversation target = new KnownConversation("k", Channel.TEAMS, "t", chat, ConversationKind.GROUP,
				reference, Instant.now());

		assertThatThrownBy(() -> sender.send(target, Message.text("hej"))).isInstanceOf(DeliveryFailed.class);
		assertThat(connector.postedTo(chat)).isEmpty();
	}

	@Test
	void oneNetworkWithAMemberThroughEachRegistrationGetsThePollThroughBoth() {
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String channel = "19:reg-poll-" + UUID.randomUUID() + "@thread.tacv2";
		String annasUser = "anna-" + UUID.randomUUID();
		String bosChat = "a:reg-bo-" + UUID.randomUUID();
		String bosUser = "bo-" + UUID.randomUUID();

		Posted created = say(APP_A, "tenant-a",
				mentioning(connector.url(), channel, annasUser, "nätverk skapa Två tenanter " + UUID.randomUUID()));
		Posted joined = say(APP_B, "tenant-b",
				message(connector.url(), bosChat, "personal", bosUser, "gå med " + inviteCode(created) + " Polisen"));
		assertThat(joined.authorization()).isEqualTo("Bearer token-of-b");

		say(APP_A, "tenant-a", mentioning(connector.url(), channel, annasUser,
				"omröstning Nästa träff | 2026-09-29 | 2026-10-01 | deadline 2026-04-01 12:00"));
		Posted card = connector.await(p -> p.conversationId().equals(channel) && p.readable().contains("Nästa träff")
				&& p.readable().contains("ingen har röstat än"));
		String poll = all(cardIn(card), "Action.Submit").get(0).path("data").path("command").asText().split(" ")[2];
		Posted voted = say(APP_B, "tenant-b",
				message(connector.url(), bosChat, "personal", bosUser, "rösta " + poll + " 1 ja"));
		assertThat(voted.readable()).contains("2026-09-29");

		assertThat(connector.postedTo(channel)).isNotEmpty()
			.allSatisfy(posted -> assertThat(posted.authorization()).isEqualTo("Bearer token-of-a"));
		assertThat(connector.postedTo(bosChat)).isNotEmpty()
			.allSatisfy(posted -> assertThat(posted.authorization()).isEqualTo("Bearer token-of-b"));
	}

	/**
	 * Posts the activity through registration {@code appId} and returns the last reply.
	 */
	private Posted say(String appId, String tenant, ObjectNode activity) {
		throughRegistration(activity, appId, tenant);
		return TeamsActivities.say(port, connector, activity,
				botFramework.sign(botFramework.token(appId, connector.url())));
	}

	private ObjectNode activity(String appId, String tenant) {
		return throughRegistration(
				message(connector.url(), "a:reg-" + UUID.randomUUID(), "personal", "u-" + UUID.randomUUID(), "hjälp"),
				appId, tenant);
	}

	private static String conversation(ObjectNode activity) {
		return activity.path("conversation").path("id").asText();
	}

}
