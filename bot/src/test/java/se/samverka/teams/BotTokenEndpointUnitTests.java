package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.samverka.TestClock;
import se.samverka.delivery.DeliveryFailed;
import se.samverka.teams.FakeEntraId.Tenant;

/**
 * A registration's bot token comes from its own tenant's token endpoint (the fake hands
 * out tokens valid 3599 s) and is kept until five minutes before it expires.
 */
class BotTokenEndpointUnitTests {

	static final FakeEntraId entra = new FakeEntraId();

	static final Tenant contoso = entra.tenant("contoso").app("app-c", "secret-c");

	final TestClock clock = new TestClock(Instant.parse("2026-05-01T08:00:00Z"));

	@AfterAll
	static void stop() {
		entra.close();
	}

	@Test
	void aTokenIsFetchedOnceAndRenewedFiveMinutesBeforeItExpires() {
		BotTokenEndpoint endpoint = new BotTokenEndpoint(entra.url(), "contoso", "app-c", "secret-c", clock);
		int before = contoso.issued().size();

		String first = endpoint.token();
		assertThat(contoso.issued()).hasSize(before + 1).endsWith(first);
		clock.set(clock.instant().plus(Duration.ofMinutes(54)));
		assertThat(endpoint.token()).isEqualTo(first);
		assertThat(contoso.issued()).hasSize(before + 1);

		clock.set(clock.instant().plus(Duration.ofMinutes(1)));
		String second = endpoint.token();
		assertThat(second).isNotEqualTo(first);
		assertThat(contoso.issued()).hasSize(before + 2).endsWith(second);
	}

	@Test
	void aWrongSecretOrAnotherTenantGivesNoToken() {
		assertThatThrownBy(() -> new BotTokenEndpoint(entra.url(), "contoso", "app-c", "wrong", clock).token())
			.isInstanceOf(DeliveryFailed.class)
			.hasMessageContaining("401")
			.hasMessageNotContaining("wrong");
		entra.tenant("fabrikam");
		assertThatThrownBy(() -> new BotTokenEndpoint(entra.url(), "fabrikam", "app-c", "secret-c", clock).token())
			.isInstanceOf(DeliveryFailed.class);
	}

	@Test
	void anUnreachableEndpointIsARetryableFailure() {
		BotTokenEndpoint endpoint = new BotTokenEndpoint("http://127.0.0.1:1", "contoso", "app-c", "secret-c", clock);
		assertThatThrownBy(endpoint::token).isInstanceOfSatisfying(DeliveryFailed.class,
				failure -> assertThat(failure.unreachable()).isFalse());
	}

}
