package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.message;
import static se.samverka.teams.TeamsActivities.post;
import static se.samverka.teams.TeamsActivities.throughRegistration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.TestClock;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.FakeEntraId.Tenant;

/**
 * Two principals, each with its own single-tenant bot in its own tenant: A configured
 * with the single-registration variables, B in the list. Each tenant (a fake Entra ID on
 * loopback) signs the tokens for its bot with its own key and issuer and hands out that
 * bot's outbound tokens from its own token endpoint; nothing is a fixed token. One
 * network has a channel in each tenant, and everything the fake Bot Connector gets in a
 * conversation carries a token its own tenant gave, never the other's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class TeamsTenantsIntegrationTests {

	static final String APP_A = "aaaaaaaa-2222-0000-0000-00000000000a";

	static final String APP_B = "bbbbbbbb-2222-0000-0000-00000000000b";

	static final FakeEntraId entra = new FakeEntraId();

	static final Tenant tenantA = entra.tenant("tenant-a").app(APP_A, "secret-a");

	static final Tenant tenantB = entra.tenant("tenant-b").app(APP_B, "secret-b");

	/** Channel tokens are not used here; this keeps the real metadata out of reach. */
	static final FakeBotFrameworkKeys botFramework = new FakeBotFrameworkKeys();

	static final FakeBotConnector connector = new FakeBotConnector();

	@DynamicPropertySource
	static void teams(DynamicPropertyRegistry registry) {
		registry.add("samverka.teams.app-id", () -> APP_A);
		registry.add("samverka.teams.app-password", () -> "secret-a");
		registry.add("samverka.teams.tenant-id", () -> "tenant-a");
		registry.add("samverka.teams.registrations[0].app-id", () -> APP_B);
		registry.add("samverka.teams.registrations[0].app-password", () -> "secret-b");
		registry.add("samverka.teams.registrations[0].app-type", () -> "SingleTenant");
		registry.add("samverka.teams.registrations[0].tenant-id", () -> "tenant-b");
		registry.add("samverka.teams.login-url", entra::url);
		registry.add("samverka.teams.open-id-metadata-url", botFramework::metadataUrl);
		registry.add("samverka.teams.allowed-service-hosts", () -> "127.0.0.1");
	}

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	final String id = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + id;

	final String bo = "bo-" + id;

	final String annasChat = "a:anna-" + id;

	final String bosChat = "a:bo-" + id;

	final String channelA = "19:tenant-a-" + id + "@thread.tacv2";

	final String channelB = "19:tenant-b-" + id + "@thread.tacv2";

	@AfterAll
	static void stop() {
		entra.close();
		botFramework.close();
		connector.close();
	}

	@Test
	void aPollCardReachesBothTenantsEachThroughItsOwnRegistration() {
		networkWithAChannelInEachTenant();

		say(tenantA, mentioning(connector.url(), channelA, anna,
				"omröstning Nästa träff | 2026-09-29 | 2026-10-01 | deadline 2026-04-01 12:00"));

		Posted inA = connector.await(p -> p.conversationId().equals(channelA) && isPollCard(p));
		Posted inB = connector.await(p -> p.conversationId().equals(channelB) && isPollCard(p));
		assertThat(tenantA.issued()).contains(token(inA));
		assertThat(tenantB.issued()).contains(token(inB));
		assertEachConversationGotOnlyItsTenantsTokens();
		// each registration's token is fetched once and kept
		assertThat(tenantA.issued()).hasSize(1);
		assertThat(tenantB.issued()).hasSize(1);
	}

	@Test
	void aRateLimitedChannelInTenantADoesNotHoldUpTenantB() {
		networkWithAChannelInEachTenant();
		for (int i = 0; i < 5; i++) {
			connector.answerOnce(channelA, 429, 600);
		}
		// the first card: channel A answers 429 and is to wait ten minutes (the command's
		// answer comes once the card is out everywhere else, by then A has been refused)
		say(tenantA, message(connector.url(), annasChat, "personal", anna,
				"omröstning Första träff | 2026-09-29 | 2026-10-01 | deadline 2026-04-01 12:00"));
		assertThat(connector.postedTo(channelA).stream().filter(p -> isPollCard(p, "Första träff"))).hasSize(1);

		say(tenantB, message(connector.url(), bosChat, "personal", bo,
				"omröstning Andra träff | 2026-09-30 | 2026-10-02 | deadline 2026-04-01 12:00"));

		// tenant B's channel gets the second card at once; channel A still waits
		assertThat(connector.await(p -> p.conversationId().equals(channelB) && isPollCard(p, "Andra träff")))
			.isNotNull();
		assertThat(connector.postedTo(channelA).stream().filter(p -> isPollCard(p, "Andra träff"))).isEmpty();
		assertEachConversationGotOnlyItsTenantsTokens();
	}

	@Test
	void aTokenSignedByTenantAForTenantBsBotIsRefused() {
		ObjectNode toB = inTenant(tenantB, message(connector.url(), bosChat, "personal", bo, "hjälp"));

		assertThat(post(port, toB, tenantA.sign(tenantB.token(APP_B, connector.url()))).statusCode()).isEqualTo(401);
		assertThat(post(port, toB, tenantA.sign(tenantA.token(APP_B, connector.url()))).statusCode()).isEqualTo(401);
		assertThat(connector.postedTo(bosChat)).isEmpty();
	}

	@Test
	void anExpiredTokenIsRefused() {
		ObjectNode toA = inTenant(tenantA, message(connector.url(), annasChat, "personal", anna, "hjälp"));
		Instant longAgo = Instant.now().minusSeconds(3600);

		assertThat(post(port, toA,
				tenantA.sign(tenantA.token(APP_A, connector.url())
					.withNotBefore(longAgo.minusSeconds(600))
					.withIssuedAt(longAgo.minusSeconds(600))
					.withExpiresAt(longAgo)))
			.statusCode()).isEqualTo(401);
		assertThat(connector.postedTo(annasChat)).isEmpty();
	}

	/**
	 * Anna (tenant A) creates the network in her team's channel; Bo (tenant B) joins as
	 * organiser in his personal chat and links his team's channel.
	 */
	private void networkWithAChannelInEachTenant() {
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String name = "Två tenanter " + id;
		String invite = inviteCode(say(tenantA, mentioning(connector.url(), channelA, anna, "nätverk skapa " + name)));
		String organiserCode = mongo.getCollection("networks")
			.find(new Document("name", name))
			.first()
			.getString("organiserCode");
		say(tenantB, message(connector.url(), bosChat, "personal", bo, "gå med " + organiserCode + " Polisen"));
		say(tenantB, mentioning(connector.url(), channelB, bo, "gå med " + invite + " Polisen"));
	}

	private Posted say(Tenant tenant, ObjectNode activity) {
		return tenant.say(port, connector, tenant == tenantA ? APP_A : APP_B, activity);
	}

	/** Addressed to the tenant's own bot, from that tenant. */
	private static ObjectNode inTenant(Tenant tenant, ObjectNode activity) {
		return tenant == tenantA ? throughRegistration(activity, APP_A, "tenant-a")
				: throughRegistration(activity, APP_B, "tenant-b");
	}

	/**
	 * Every request in one of this test's conversations carries a token from the token
	 * endpoint of that conversation's tenant.
	 */
	private void assertEachConversationGotOnlyItsTenantsTokens() {
		List<Posted> posts = FakeEntraId.assertEachConversationGotOnlyItsTenantsTokens(connector,
				Map.of(tenantA, Set.of(channelA, annasChat), tenantB, Set.of(channelB, bosChat)));
		assertThat(posts).extracting(Posted::conversationId).contains(channelA, channelB, bosChat);
	}

	private static String token(Posted posted) {
		String authorization = posted.authorization();
		return authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
	}

	private static boolean isPollCard(Posted posted) {
		return isPollCard(posted, "Nästa träff");
	}

	private static boolean isPollCard(Posted posted, String title) {
		return posted.readable().contains(title) && posted.readable().contains("ingen har röstat än");
	}

}
