package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.samverka.delivery.DeliveryFailed;

/**
 * Which bot acts in a workspace when nothing is installed through OAuth: the configured
 * token, for its own workspace only, and no bot at all without one.
 */
class WorkspaceBotsUnitTests {

	final FakeSlack fake = new FakeSlack();

	@AfterEach
	void stop() {
		fake.close();
	}

	@Test
	void theConfiguredTokenServesOnlyItsOwnWorkspaceAskingSlackOnce() {
		WorkspaceBots bots = new WorkspaceBots(fake.client(), "xoxb-test-token", null);
		assertThat(bots.in(FakeSlack.DEFAULT_TEAM)).hasValueSatisfying(bot -> {
			assertThat(bot.token()).isEqualTo("xoxb-test-token");
			assertThat(bot.userId()).isEqualTo("UBOT");
			assertThat(bot.toString()).doesNotContain("xoxb");
		});
		assertThat(bots.in("T-OTHER")).isEmpty();
		assertThat(bots.in(null)).isEmpty();
		assertThat(fake.count(c -> c.path().equals("auth.test"))).isOne();
	}

	@Test
	void withoutATokenOrAnInstallationNoWorkspaceHasABot() {
		WorkspaceBots bots = new WorkspaceBots(fake.client(), "", null);
		assertThat(bots.in(FakeSlack.DEFAULT_TEAM)).isEmpty();
		assertThat(fake.calls).isEmpty();
	}

	@Test
	void aRevokedConfiguredTokenServesNoWorkspace() {
		fake.revoked.add("xoxb-gone");
		WorkspaceBots bots = new WorkspaceBots(fake.client(), "xoxb-gone", null);
		assertThat(bots.in(FakeSlack.DEFAULT_TEAM)).isEmpty();
		assertThat(bots.in(FakeSlack.DEFAULT_TEAM)).isEmpty();
		assertThat(fake.count(c -> c.path().equals("auth.test"))).isOne();
	}

	@Test
	void whenSlackCannotBeAskedTheFailureIsRetryable() {
		fake.close();
		WorkspaceBots bots = new WorkspaceBots(fake.client(), "xoxb-test-token", null);
		assertThatThrownBy(() -> bots.in(FakeSlack.DEFAULT_TEAM)).isInstanceOfSatisfying(DeliveryFailed.class,
				ex -> assertThat(ex.unreachable()).isFalse());
	}

}
