package se.samverka.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Channel;

class SendPolicyUnitTests {

	@Test
	void forbiddenOrGoneIsUnreachableAndNotRetried() {
		assertThat(SendPolicy.after(Channel.TEAMS, new DeliveryFailed("403", 403, null, true, false, null), 1).state())
			.isEqualTo(DeliveryState.UNREACHABLE);
		assertThat(SendPolicy
			.after(Channel.SLACK, new DeliveryFailed("channel_not_found", 200, null, true, false, null), 1)
			.state()).isEqualTo(DeliveryState.UNREACHABLE);
	}

	@Test
	void aRateLimitWaitsForRetryAfterAndPausesTheScope() {
		SendPolicy.Decision d = SendPolicy.after(Channel.TEAMS,
				new DeliveryFailed("429", 429, Duration.ofSeconds(7), false, false, null), 1);
		assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
		assertThat(d.delay()).isEqualTo(Duration.ofSeconds(7));
		assertThat(d.pauseScope()).isTrue();
		// still retried after many rate limits: they do not count as failures
		assertThat(SendPolicy.after(Channel.SLACK, new DeliveryFailed("ratelimited", 429, null, false, false, null), 50)
			.state()).isEqualTo(DeliveryState.PENDING);
	}

	@Test
	void aTeamsTimeoutOrServerErrorIsUncertainAndNeverResent() {
		assertThat(SendPolicy.after(Channel.TEAMS, new DeliveryFailed("500", 500, null, false, true, null), 1).state())
			.isEqualTo(DeliveryState.UNCERTAIN);
		assertThat(
				SendPolicy.after(Channel.TEAMS, new DeliveryFailed("timeout", 0, null, false, true, null), 1).state())
			.isEqualTo(DeliveryState.UNCERTAIN);
		assertThat(SendPolicy
			.after(Channel.TEAMS, new DeliveryFailed("503", 503, Duration.ofSeconds(3), false, true, null), 1)
			.state()).isEqualTo(DeliveryState.UNCERTAIN);
	}

	@Test
	void aSlackServerErrorIsRetriedButASlackTimeoutIsUncertain() {
		SendPolicy.Decision retried = SendPolicy.after(Channel.SLACK,
				new DeliveryFailed("500", 500, null, false, true, null), 1);
		assertThat(retried.state()).isEqualTo(DeliveryState.PENDING);
		assertThat(retried.pauseScope()).isFalse();
		assertThat(
				SendPolicy.after(Channel.SLACK, new DeliveryFailed("timeout", 0, null, false, true, null), 1).state())
			.isEqualTo(DeliveryState.UNCERTAIN);
		assertThat(SendPolicy
			.after(Channel.SLACK, new DeliveryFailed("500", 500, null, false, true, null), SendPolicy.MAX_ATTEMPTS)
			.state()).isEqualTo(DeliveryState.FAILED);
	}

	@Test
	void aRefusalRetryingCannotFixFailsAtOnceAndANeverSentRequestIsRetried() {
		assertThat(SendPolicy.after(Channel.TEAMS, new DeliveryFailed("400", 400, null, false, false, null), 1).state())
			.isEqualTo(DeliveryState.FAILED);
		assertThat(
				SendPolicy.after(Channel.TEAMS, new DeliveryFailed("refused", 0, null, false, false, null), 1).state())
			.isEqualTo(DeliveryState.PENDING);
		assertThat(SendPolicy.after(Channel.TEAMS, new DeliveryFailed("412", 412, null, false, false, null), 1).state())
			.isEqualTo(DeliveryState.PENDING);
	}

	@Test
	void backoffGrowsWithJitterAndIsCapped() {
		for (int attempt = 1; attempt < 5; attempt++) {
			Duration d = SendPolicy.backoff(attempt);
			long full = 1000L << (attempt - 1);
			assertThat(d.toMillis()).isBetween(full / 2, full);
		}
		assertThat(SendPolicy.backoff(40)).isLessThanOrEqualTo(SendPolicy.MAX_BACKOFF);
	}

}
