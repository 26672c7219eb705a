package se.samverka.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.SamverkaTest;
import se.samverka.chat.Channel;

/**
 * A Slack channel's turn, shared by instances through MongoDB: one post holds it, the
 * other instances wait until a second after its answer, and a post that ends a turn it no
 * longer holds changes nothing.
 */
@SamverkaTest
class ChannelTurnsIntegrationTests {

	@Autowired
	MongoTemplate mongo;

	final String channel = RateLimits.conversationScope("slack:T1:C" + UUID.randomUUID());

	final Instant now = Instant.parse("2026-03-30T10:00:00Z");

	@Test
	void oneInstanceAtATimePostsIntoAChannelAndTheNextOnlyASecondAfterTheAnswer() {
		ChannelTurns a = new ChannelTurns(mongo);
		ChannelTurns b = new ChannelTurns(mongo);

		ChannelTurns.Turn first = a.take(channel, now);
		ChannelTurns.Turn meanwhile = b.take(channel, now.plusMillis(200));
		assertThat(first.taken()).isTrue();
		assertThat(meanwhile.taken()).as("while the first post is under way").isFalse();
		assertThat(meanwhile.freeAt()).as("asks again in a second").isEqualTo(now.plusMillis(1200));

		Instant answered = now.plusMillis(300);
		a.end(first, answered.plus(ChannelTurns.SPACING));
		assertThat(b.take(channel, answered.plusMillis(999)).taken()).as("less than a second after the answer")
			.isFalse();
		ChannelTurns.Turn second = b.take(channel, answered.plusSeconds(1));
		assertThat(second.taken()).isTrue();

		a.end(first, now);
		assertThat(a.take(channel, answered.plusSeconds(2)).taken())
			.as("a turn ended by a post that no longer held it is still held")
			.isFalse();
	}

	@Test
	void onlyPostsToSlackTakeTurns() {
		assertThat(ChannelTurns.isSlackPost(List.of(channel, RateLimits.tenantScope(Channel.SLACK, "T1")))).isTrue();
		assertThat(ChannelTurns.isSlackPost(List.of(RateLimits.slackUpdateScope("T1")))).as("a card's update")
			.isFalse();
		assertThat(ChannelTurns.isSlackPost(
				List.of(RateLimits.conversationScope("teams:t:19:x"), RateLimits.tenantScope(Channel.TEAMS, "t"))))
			.isFalse();
	}

}
