package se.samverka.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

import se.samverka.TestClock;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.conversation.ConversationReferences;
import se.samverka.conversation.Transcript;

/**
 * The sender is stopped mid-way through a fan-out (after a few sends; one entry claimed
 * and then "crashed" on) and a fresh outbox, as after a restart, takes over: every
 * recipient gets the message exactly once, none is lost, the one whose send was cut off
 * (marked as going out) is UNCERTAIN, not sent again, and one claimed but never marked is
 * sent after the restart. The background drainer is off so that the test decides who
 * sends when.
 */
// A context and database of its own (the extra property makes its cache key unique):
// these
// tests count every attempt the ledger makes, so no other test's entries may be in it.
@SpringBootTest(properties = { "samverka.outbox.background=false", "spring.application.name=outbox-restart-tests" })
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class OutboxRestartIntegrationTests {

	@Autowired
	Outbox outbox;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Ledger ledger;

	@Autowired
	Dispatch dispatch;

	@Autowired
	ConversationReferences references;

	@Autowired
	Transcript transcript;

	@Autowired
	TestClock clock;

	final String id = UUID.randomUUID().toString().substring(0, 8);

	final NetworkId network = new NetworkId("net-" + id);

	@Test
	void aFanOutStoppedMidWayResumesWithoutSendingAnythingTwice() {
		List<ConversationKey> rooms = rooms(12);
		String key = "reminder:" + id;
		rooms.forEach(
				room -> outbox.enqueue(key, network, Recipient.conversation(room), Message.text("Påminnelse " + id)));

		assertThat(outbox.drainAtMost(4)).isEqualTo(4);
		// a drainer claims an entry, marks it as going out and dies before it can say
		// what happened; another claim dies before it reached the platform
		LedgerEntry claimed = outbox.claim();
		assertThat(claimed).isNotNull();
		assertThat(ledger.markSending(claimed.id(), outbox.rawEntry(claimed.id()).get("leaseOwner").toString()))
			.isTrue();
		LedgerEntry unsent = outbox.claim();
		assertThat(unsent).isNotNull();
		assertThat(ledger.markSending(unsent.id(), "another instance")).as("only the claimant marks").isFalse();
		assertThat(outbox.counts(key)).isEqualTo(new DeliveryCounts(4, 8, 0, 0, 0));

		// the restart: a new outbox (another instance id), after the dead one's lease ran
		// out
		clock.set(clock.instant().plus(Duration.ofMinutes(3)));
		Outbox restarted = new Outbox(ledger, dispatch, 1, Duration.ofMinutes(2));
		assertThat(restarted.drainNow()).isEqualTo(7);
		// enqueuing the same fan-out again (a repeated job) adds nothing
		rooms.forEach(room -> restarted.enqueue(key, network, Recipient.conversation(room),
				Message.text("Påminnelse " + id)));
		assertThat(restarted.drainNow()).isZero();

		assertThat(outbox.counts(key)).isEqualTo(new DeliveryCounts(11, 0, 0, 0, 1));
		String cutOff = claimed.id();
		int total = 0;
		for (ConversationKey room : rooms) {
			long received = transcript.of(room).stream().filter(e -> e.text().contains("Påminnelse " + id)).count();
			boolean wasCutOff = cutOff.equals(key + "|" + room.asString());
			assertThat(received).as(room.asString()).isEqualTo(wasCutOff ? 0 : 1);
			total += received;
		}
		assertThat(total).isEqualTo(11);
		assertThat(outbox.rawEntry(unsent.id())).containsEntry("state", "SENT");
		assertThat(outbox.rawEntry(cutOff)).containsEntry("state", "UNCERTAIN");
	}

	@Test
	void aCleanStopLeavesTheRestPendingAndAnotherOutboxSendsThem() {
		List<ConversationKey> rooms = rooms(6);
		String key = "prompt:" + id;
		rooms.forEach(room -> outbox.enqueue(key, network, Recipient.conversation(room), Message.text("Fråga " + id)));

		assertThat(outbox.drainAtMost(2)).isEqualTo(2);
		Outbox other = new Outbox(ledger, dispatch, 1, Duration.ofMinutes(2));
		assertThat(other.drainNow() + outbox.drainNow()).isEqualTo(4);

		assertThat(outbox.counts(key)).isEqualTo(new DeliveryCounts(6, 0, 0, 0, 0));
		for (ConversationKey room : rooms) {
			assertThat(transcript.of(room).stream().filter(e -> e.text().contains("Fråga " + id))).hasSize(1);
		}
	}

	@Test
	void twoInstancesDrainingTheSameLedgerAtOnceSendEachEntryOnce() throws Exception {
		List<ConversationKey> rooms = rooms(60);
		String key = "race:" + id;
		rooms.forEach(
				room -> outbox.enqueue(key, network, Recipient.conversation(room), Message.text("Kapplöpning " + id)));
		// the other instance learns of the entries from the ledger, this one from its own
		// enqueue
		Outbox other = new Outbox(ledger, dispatch, 1, Duration.ofMinutes(2));
		other.refill();

		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		List<java.util.concurrent.Future<Integer>> drains = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Outbox instance = i % 2 == 0 ? outbox : other;
			drains.add(pool.submit(instance::drainNow));
		}
		int attempted = 0;
		for (var drain : drains) {
			attempted += drain.get();
		}
		pool.shutdown();

		assertThat(attempted).isEqualTo(60);
		assertThat(outbox.counts(key)).isEqualTo(new DeliveryCounts(60, 0, 0, 0, 0));
		for (ConversationKey room : rooms) {
			assertThat(transcript.of(room).stream().filter(e -> e.text().contains("Kapplöpning " + id))).hasSize(1);
		}
	}

	@Test
	void aConversationWithoutAStoredReferenceIsUnreachableAndNotRetried() {
		String key = "lost:" + id;
		ConversationKey unknown = new ConversationKey(Channel.PLAYGROUND, "playground", "never-seen-" + id);
		outbox.enqueue(key, network, Recipient.conversation(unknown), Message.text("Hallå"));

		assertThat(outbox.drainNow()).isEqualTo(1);
		assertThat(outbox.drainNow()).isZero();
		assertThat(outbox.counts(key)).isEqualTo(new DeliveryCounts(0, 0, 1, 0, 0));
	}

	private List<ConversationKey> rooms(int n) {
		List<ConversationKey> rooms = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			ConversationKey room = new ConversationKey(Channel.PLAYGROUND, "playground", "room-" + id + "-" + i);
			references.remember(room, ConversationKind.GROUP, room.conversationId());
			rooms.add(room);
		}
		return rooms;
	}

}
