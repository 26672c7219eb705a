package se.samverka.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Channel;

class RateLimitsUnitTests {

	final Instant t0 = Instant.parse("2026-03-25T08:00:00Z");

	final String chat = RateLimits.conversationScope("teams:tenant-1:a:bo");

	final String tenant = RateLimits.tenantScope(Channel.TEAMS, "tenant-1");

	final String slackChannel = RateLimits.conversationScope("slack:T1:C1");

	final String workspace = RateLimits.tenantScope(Channel.SLACK, "T1");

	@Test
	void aTeamsConversationTakesSevenPerSecondAndEightPerTwoSeconds() {
		RateLimits limits = new RateLimits(1);
		for (int i = 0; i < 7; i++) {
			assertThat(limits.reserve(List.of(chat, tenant), t0.plusMillis(i))).isZero();
		}
		Duration wait = limits.reserve(List.of(chat, tenant), t0.plusMillis(10));
		assertThat(wait).isEqualTo(Duration.ofMillis(990));
		assertThat(limits.reserve(List.of(chat, tenant), t0.plusMillis(1001))).isZero(); // the
																							// 8th
																							// in
																							// 2
																							// s
		assertThat(limits.reserve(List.of(chat, tenant), t0.plusMillis(1500))).isPositive(); // a
																								// 9th
																								// in
																								// 2
																								// s
																								// is
																								// not
	}

	@Test
	void forgetsConversationsWithNoSendLeftInTheirWindows() {
		RateLimits limits = new RateLimits(1);
		for (int i = 0; i < 3 * RateLimits.SWEEP_ABOVE; i++) {
			limits.reserve(List.of(RateLimits.conversationScope("slack:T1:C" + i)), t0.plusSeconds(i));
		}
		// every conversation once, one second apart: only the last second's is inside
		// a Slack conversation's one-second window
		assertThat(limits.scopesKept()).isLessThanOrEqualTo(2 * RateLimits.SWEEP_ABOVE);
		limits.reserve(List.of(chat, tenant), t0.plus(Duration.ofHours(3)));
		for (int i = 0; i < RateLimits.SWEEP_ABOVE; i++) {
			limits.reserve(List.of(RateLimits.conversationScope("slack:T1:D" + i)), t0.plus(Duration.ofHours(4)));
		}
		assertThat(limits.scopesKept()).as("the old conversations are forgotten")
			.isLessThanOrEqualTo(RateLimits.SWEEP_ABOVE + 3);
		assertThat(limits.reserve(List.of(RateLimits.conversationScope("slack:T1:D0")), t0.plus(Duration.ofHours(4))))
			.as("a conversation sent to this second is still held to its limit")
			.isPositive();
	}

	@Test
	void aTenantTakesThirtyPerSecondLessHeadroomAcrossConversations() {
		RateLimits limits = new RateLimits(1);
		for (int i = 0; i < 25; i++) {
			assertThat(limits.reserve(List.of(RateLimits.conversationScope("teams:tenant-1:a:" + i), tenant), t0))
				.isZero();
		}
		assertThat(limits.reserve(List.of(RateLimits.conversationScope("teams:tenant-1:a:x"), tenant), t0))
			.isEqualTo(Duration.ofSeconds(1));
		assertThat(limits.reserve(List.of(RateLimits.conversationScope("teams:tenant-2:a:x"),
				RateLimits.tenantScope(Channel.TEAMS, "tenant-2")), t0))
			.isZero();
	}

	@Test
	void aRefusedReservationTakesNothing() {
		RateLimits limits = new RateLimits(1);
		assertThat(limits.reserve(List.of(slackChannel, workspace), t0)).isZero();
		assertThat(limits.reserve(List.of(slackChannel, workspace), t0.plusMillis(100)))
			.isEqualTo(Duration.ofMillis(900));
		// the refused send did not use up the workspace: four more fit in the same second
		for (int i = 0; i < 4; i++) {
			assertThat(limits.reserve(List.of(RateLimits.conversationScope("slack:T1:D" + i), workspace),
					t0.plusMillis(200)))
				.isZero();
		}
		assertThat(limits.reserve(List.of(RateLimits.conversationScope("slack:T1:D9"), workspace), t0.plusMillis(200)))
			.isPositive();
	}

	@Test
	void aPauseHoldsOnlyItsScope() {
		RateLimits limits = new RateLimits(1);
		limits.pause(chat, t0.plusSeconds(5));
		assertThat(limits.reserve(List.of(chat, tenant), t0)).isEqualTo(Duration.ofSeconds(5));
		assertThat(limits.reserve(List.of(RateLimits.conversationScope("teams:tenant-1:a:eva"), tenant), t0)).isZero();
		assertThat(limits.paused(t0)).containsExactly(chat);
		assertThat(limits.paused(t0.plusSeconds(5))).isEmpty();
	}

	@Test
	void severalInstancesShareOneMessageASecondByTakingTurns() {
		// Slack: one message a second in a channel; two instances each one in two seconds
		RateLimits limits = new RateLimits(2);
		List<String> scopes = List.of(slackChannel, workspace);
		assertThat(limits.reserve(scopes, t0)).isZero();
		assertThat(limits.reserve(scopes, t0.plusMillis(1500))).isEqualTo(Duration.ofMillis(500));
		assertThat(limits.reserve(scopes, t0.plusMillis(2000))).isZero();
	}

	@Test
	void severalInstancesShareTheLimits() {
		RateLimits limits = new RateLimits(3);
		for (int i = 0; i < 8; i++) {
			assertThat(limits.reserve(List.of(RateLimits.conversationScope("teams:tenant-1:a:" + i), tenant), t0))
				.isZero();
		}
		assertThat(limits.reserve(List.of(RateLimits.conversationScope("teams:tenant-1:a:y"), tenant), t0))
			.isPositive();
	}

	@Test
	void thePlaygroundIsNotLimited() {
		RateLimits limits = new RateLimits(1);
		for (int i = 0; i < 100; i++) {
			assertThat(limits.reserve(List.of(RateLimits.conversationScope("playground:playground:r"),
					RateLimits.tenantScope(Channel.PLAYGROUND, "playground")), t0))
				.isZero();
		}
	}

	@Test
	void aSendCountsFromWhenItsAnswerCameAndARefundedOneNotAtAll() {
		RateLimits limits = new RateLimits(1);
		for (int i = 0; i < 5; i++) {
			assertThat(limits.reserve(List.of(RateLimits.conversationScope("slack:T1:D" + i), workspace), t0)).isZero();
		}
		// the answers took 300 ms: the platform may have counted the sends as late as
		// that
		for (int i = 0; i < 5; i++) {
			limits.settle(List.of(RateLimits.conversationScope("slack:T1:D" + i), workspace), t0, t0.plusMillis(300));
		}
		assertThat(limits.waitFor(List.of(workspace), t0.plusMillis(1000))).isEqualTo(Duration.ofMillis(300));
		// one was refused after all (a Slack 429 posts nothing): its place is free again
		limits.refund(List.of(RateLimits.conversationScope("slack:T1:D1"), workspace), t0.plusMillis(300));
		assertThat(limits.reserve(List.of(RateLimits.conversationScope("slack:T1:D7"), workspace), t0.plusMillis(1000)))
			.isZero();
		assertThat(limits.waitFor(List.of(workspace), t0.plusMillis(1000))).isEqualTo(Duration.ofMillis(300));
	}

}
