package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;

import se.samverka.TestClock;
import se.samverka.teams.FakeEntraId.Tenant;
import se.samverka.teams.TeamsAuthentication.NotAuthenticated;

/**
 * Inbound tokens per registration, against two tenants of a fake Entra ID and the fake
 * Bot Framework: each registration trusts its own tenant's issuer and keys (and the Bot
 * Framework's), never another tenant's.
 */
class TeamsAuthenticationUnitTests {

	static final String APP_A = "aaaaaaaa-1111-0000-0000-00000000000a";

	static final String APP_B = "bbbbbbbb-1111-0000-0000-00000000000b";

	static final String APP_M = "cccccccc-1111-0000-0000-00000000000c";

	static final String SERVICE_URL = "https://smba.trafficmanager.net/emea/";

	static final FakeEntraId entra = new FakeEntraId();

	static final FakeBotFrameworkKeys botFramework = new FakeBotFrameworkKeys();

	static final Tenant tenantA = entra.tenant("tenant-a");

	static final Tenant tenantB = entra.tenant("tenant-b");

	final TestClock clock = new TestClock(Instant.now());

	final TeamsAuthentication authentication = new TeamsAuthentication(
			new TeamsSettings("", "", "", "", botFramework.metadataUrl(), null, null,
					List.of(new TeamsRegistration(APP_A, "pw-a", "", "tenant-a"),
							new TeamsRegistration(APP_B, "pw-b", "", "tenant-b"),
							new TeamsRegistration(APP_M, "pw-m", "MultiTenant", "tenant-a")),
					entra.url()),
			clock);

	@AfterAll
	static void stop() {
		entra.close();
		botFramework.close();
	}

	@Test
	void eachTenantsTokenIsAcceptedForItsOwnRegistration() {
		assertThat(authentication.verify(tenantA.sign(tenantA.token(APP_A, SERVICE_URL)), to(APP_A))).isEqualTo(APP_A);
		assertThat(authentication.verify(tenantB.sign(tenantB.token(APP_B, SERVICE_URL)), to(APP_B))).isEqualTo(APP_B);
	}

	@Test
	void theTenantsVersionOneIssuerIsAcceptedToo() {
		assertThat(authentication.verify(
				tenantA.sign(tenantA.token(APP_A, SERVICE_URL).withIssuer("https://sts.windows.net/tenant-a/")),
				to(APP_A)))
			.isEqualTo(APP_A);
	}

	@Test
	void theBotFrameworksChannelTokenIsAcceptedForATenantsRegistration() {
		assertThat(authentication.verify(botFramework.sign(botFramework.token(APP_B, SERVICE_URL)), to(APP_B)))
			.isEqualTo(APP_B);
	}

	@Test
	void aTokenSignedByTenantAButClaimingBIsRefused() {
		// B's issuer and B's key id: only the signature gives it away
		assertRefused(tenantA.sign(tenantB.token(APP_B, SERVICE_URL)), to(APP_B));
		// A's own issuer, for B's bot
		assertRefused(tenantA.sign(tenantA.token(APP_B, SERVICE_URL)), to(APP_B));
		// B's issuer for A's bot
		assertRefused(tenantB.sign(tenantB.token(APP_A, SERVICE_URL)), to(APP_A));
	}

	@Test
	void aMultiTenantRegistrationTrustsNoTenantsIssuer() {
		assertRefused(tenantA.sign(tenantA.token(APP_M, SERVICE_URL)), to(APP_M));
		assertThat(authentication.verify(botFramework.sign(botFramework.token(APP_M, SERVICE_URL)), to(APP_M)))
			.isEqualTo(APP_M);
	}

	@Test
	void theLifetimeIsCheckedWithFiveMinutesSkew() {
		Instant now = clock.instant();
		assertRefused(tenantA.sign(tenantA.token(APP_A, SERVICE_URL).withExpiresAt(now.minusSeconds(6 * 60))),
				to(APP_A));
		assertThat(authentication
			.verify(tenantA.sign(tenantA.token(APP_A, SERVICE_URL).withExpiresAt(now.minusSeconds(4 * 60))), to(APP_A)))
			.isEqualTo(APP_A);
		assertRefused(tenantA.sign(tenantA.token(APP_A, SERVICE_URL).withNotBefore(now.plusSeconds(6 * 60))),
				to(APP_A));
		assertThat(authentication
			.verify(tenantA.sign(tenantA.token(APP_A, SERVICE_URL).withNotBefore(now.plusSeconds(4 * 60))), to(APP_A)))
			.isEqualTo(APP_A);
		assertRefused(unsigned(tenantA.token(APP_A, SERVICE_URL).withExpiresAt((Instant) null), "RS256"), to(APP_A));
	}

	@Test
	void onlyRs256IsAccepted() {
		assertRefused("Bearer " + tenantA.token(APP_A, SERVICE_URL).sign(Algorithm.HMAC256("pw-a")), to(APP_A));
		assertRefused(unsigned(tenantA.token(APP_A, SERVICE_URL), "none"), to(APP_A));
	}

	@Test
	void theTokenMustBeForTheActivitysServiceUrlAndBot() {
		assertRefused(tenantA.sign(tenantA.token(APP_A, "https://smba.trafficmanager.net/amer/")), to(APP_A));
		assertRefused(tenantA.sign(tenantA.token(APP_A, SERVICE_URL)), to(APP_B));
	}

	@Test
	void aRolledKeyIsFetchedWhenATokenNamesIt_butAtMostOnceAMinute() {
		int before = tenantA.metadataFetches();
		authentication.verify(tenantA.sign(tenantA.token(APP_A, SERVICE_URL)), to(APP_A));
		authentication.verify(tenantA.sign(tenantA.token(APP_A, SERVICE_URL)), to(APP_A));
		assertThat(tenantA.metadataFetches()).isEqualTo(before + 1);

		tenantA.rollKey();
		assertRefused(tenantA.sign(tenantA.token(APP_A, SERVICE_URL)), to(APP_A));
		assertThat(tenantA.metadataFetches()).isEqualTo(before + 1);

		clock.set(clock.instant().plus(Duration.ofSeconds(61)));
		assertThat(authentication.verify(tenantA.sign(tenantA.token(APP_A, SERVICE_URL)), to(APP_A))).isEqualTo(APP_A);
		assertThat(tenantA.metadataFetches()).isEqualTo(before + 2);
	}

	private void assertRefused(String authorization, Activity activity) {
		assertThatThrownBy(() -> authentication.verify(authorization, activity)).isInstanceOf(NotAuthenticated.class);
	}

	/** The token's claims under a header of {@code alg}, with an empty signature. */
	private static String unsigned(JWTCreator.Builder token, String alg) {
		String[] parts = token.sign(Algorithm.HMAC256("x")).split("\\.");
		String header = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("{\"alg\":\"" + alg + "\",\"kid\":\"" + FakeEntraId.FIRST_KEY_ID + "\"}")
				.getBytes(StandardCharsets.UTF_8));
		return "Bearer " + header + "." + parts[1] + ".";
	}

	private static Activity to(String appId) {
		Activity activity = new Activity(ActivityTypes.MESSAGE);
		activity.setServiceUrl(SERVICE_URL);
		activity.setChannelId("msteams");
		activity.setRecipient(new ChannelAccount(TeamsRegistration.BOT_ID_PREFIX + appId));
		return activity;
	}

}
