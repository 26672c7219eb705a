package se.samverka.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Channel;

class ReadyQueueUnitTests {

	final Instant t0 = Instant.parse("2026-03-25T08:00:00Z");

	final RateLimits limits = new RateLimits(1);

	final ReadyQueue queue = new ReadyQueue();

	static ReadyQueue.Item slackDm(String id, Instant notBefore) {
		return new ReadyQueue.Item(id,
				List.of(RateLimits.conversationScope("slack:T1:" + id), RateLimits.tenantScope(Channel.SLACK, "T1")),
				notBefore);
	}

	static ReadyQueue.Item teamsChat(String id, String conversation, Instant notBefore) {
		return new ReadyQueue.Item(id, List.of(RateLimits.conversationScope("teams:tenant-1:" + conversation),
				RateLimits.tenantScope(Channel.TEAMS, "tenant-1")), notBefore);
	}

	@Test
	void aFullWorkspaceDoesNotHoldUpATenantWithRoom() {
		for (int i = 0; i < 10; i++) {
			queue.offer(slackDm("s" + i, Instant.EPOCH));
		}
		queue.offer(teamsChat("t0", "a:0", Instant.EPOCH));
		List<String> picked = new ArrayList<>();
		ReadyQueue.Pick pick;
		while ((pick = queue.next(limits, t0)).item() != null) {
			picked.add(pick.item().id());
		}
		// five Slack messages fill the workspace's second; the Teams one goes anyway, in
		// turn
		assertThat(picked).containsExactlyInAnyOrder("s0", "s1", "s2", "s3", "s4", "t0");
		assertThat(picked.indexOf("t0")).isLessThan(2);
		assertThat(pick.until()).isEqualTo(Duration.ofSeconds(1));
		assertThat(queue.next(limits, t0.plusSeconds(1)).item().id()).isEqualTo("s5");
	}

	@Test
	void entriesForABusyConversationLetOthersInTheSameTenantPass() {
		for (int i = 0; i < 9; i++) {
			queue.offer(teamsChat("same" + i, "19:channel", Instant.EPOCH));
		}
		queue.offer(teamsChat("other", "a:1", Instant.EPOCH));
		List<String> picked = new ArrayList<>();
		ReadyQueue.Pick pick;
		while ((pick = queue.next(limits, t0)).item() != null) {
			picked.add(pick.item().id());
		}
		// seven per second in one conversation; the other conversation is not kept
		// waiting behind them
		assertThat(picked).containsExactly("same0", "same1", "same2", "same3", "same4", "same5", "same6", "other");
	}

	@Test
	void heldBackEntriesWaitForTheirTimeAndKeepTheirOrder() {
		queue.offer(slackDm("later", t0.plusSeconds(30)));
		queue.offer(slackDm("first", Instant.EPOCH));
		queue.offer(slackDm("second", Instant.EPOCH));
		assertThat(queue.next(limits, t0).item().id()).isEqualTo("first");
		// one per second in each DM, five in the workspace: "second" is a different DM
		// and goes too
		assertThat(queue.next(limits, t0).item().id()).isEqualTo("second");
		ReadyQueue.Pick none = queue.next(limits, t0);
		assertThat(none.item()).isNull();
		assertThat(none.until()).isEqualTo(Duration.ofSeconds(30));
		assertThat(queue.next(limits, t0.plusSeconds(30)).item().id()).isEqualTo("later");
	}

	@Test
	void anEntryIsQueuedOnceAndForgottenWhenSettled() {
		assertThat(queue.offer(slackDm("a", Instant.EPOCH))).isTrue();
		assertThat(queue.offer(slackDm("a", Instant.EPOCH))).isFalse();
		ReadyQueue.Item item = queue.next(limits, t0).item();
		// while it is being sent, a refill that still saw it pending does not queue it
		// again
		assertThat(queue.offer(slackDm("a", Instant.EPOCH))).isFalse();
		queue.done(item.id());
		assertThat(queue.size()).isZero();
		assertThat(queue.next(limits, t0.plusSeconds(5))).isEqualTo(ReadyQueue.Pick.EMPTY);
	}

	@Test
	void anEntryPutBackGoesAgainAfterItsWait() {
		queue.offer(slackDm("a", Instant.EPOCH));
		ReadyQueue.Item item = queue.next(limits, t0).item();
		queue.retry(new ReadyQueue.Item(item.id(), item.scopes(), t0.plusSeconds(2)));
		assertThat(queue.next(limits, t0.plusSeconds(1)).item()).isNull();
		assertThat(queue.untilReady(limits, t0.plusSeconds(1))).isEqualTo(Duration.ofSeconds(1));
		assertThat(queue.next(limits, t0.plusSeconds(2)).item().id()).isEqualTo("a");
	}

}
