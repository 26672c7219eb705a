package se.samverka.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverka.SamverkaTest;
import se.samverka.chat.NetworkId;

/**
 * Only the newest digest waits for approval, whichever runner gets to it last: two
 * instances (or a retry) handling two digests of one network may finish in either order.
 */
@SamverkaTest
class DigestsSupersedeIntegrationTests {

	@Autowired
	Digests digests;

	final NetworkId network = new NetworkId("net-" + UUID.randomUUID());

	@Test
	void theNewestWaitsWhenTheOlderIsHandledLast() {
		DigestDocument monday = waiting("2027-03-22T07:00:00Z", "monday");
		DigestDocument meeting = waiting("2027-03-24T15:00:00Z", "meeting");

		assertThat(digests.supersedeAllButNewest(network, meeting)).isTrue();
		assertThat(digests.supersedeAllButNewest(network, monday)).isFalse();

		assertThat(state(monday)).isEqualTo(DigestState.SUPERSEDED);
		assertThat(state(meeting)).isEqualTo(DigestState.WAITING);
	}

	@Test
	void theNewestWaitsWhenTheOlderIsHandledFirst() {
		DigestDocument monday = waiting("2027-03-22T07:00:00Z", "monday");
		assertThat(digests.supersedeAllButNewest(network, monday)).isTrue();
		DigestDocument meeting = waiting("2027-03-24T15:00:00Z", "meeting");
		assertThat(digests.supersedeAllButNewest(network, meeting)).isTrue();

		assertThat(state(monday)).isEqualTo(DigestState.SUPERSEDED);
		assertThat(state(meeting)).isEqualTo(DigestState.WAITING);
	}

	@Test
	void twoMadeAtTheSameInstantLeaveExactlyOneWaiting() {
		DigestDocument a = waiting("2027-03-22T07:00:00Z", "a");
		DigestDocument b = waiting("2027-03-22T07:00:00Z", "b");

		boolean bWaits = digests.supersedeAllButNewest(network, b);
		boolean aWaits = digests.supersedeAllButNewest(network, a);

		assertThat(List.of(aWaits, bWaits)).containsExactlyInAnyOrder(true, false);
		assertThat(List.of(state(a), state(b))).containsExactlyInAnyOrder(DigestState.WAITING, DigestState.SUPERSEDED);
	}

	@Test
	void aDigestMadeAtTheSameInstantAsTheNewestCountsAsMadeAfterIt() {
		Instant now = Instant.parse("2027-03-24T15:00:00Z");
		assertThat(digests.madeAt(network, now)).isEqualTo(now);
		waiting("2027-03-24T15:00:00Z", "monday");
		assertThat(digests.madeAt(network, now)).isEqualTo(now.plusMillis(1));
		assertThat(digests.madeAt(network, now.plusSeconds(1))).isEqualTo(now.plusSeconds(1));
	}

	private DigestDocument waiting(String createdAt, String period) {
		return digests
			.insertOrGet(new DigestDocument(DigestDocument.idOf(network.value(), DigestKind.SCHEDULED, period),
					network.value(), DigestKind.SCHEDULED, period, DigestState.WAITING, Instant.parse(createdAt), null,
					"sv", List.of(), ""));
	}

	private DigestState state(DigestDocument digest) {
		return digests.find(digest.id()).orElseThrow().state();
	}

}
