package se.samverka.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
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
 * Live cards through the ledger, with the background drainer off so that the test decides
 * who sends when: one update per card per five seconds showing the last state, shared by
 * two instances; an update waits for its card's post and is not sent when the post
 * failed; a card's posts and updates are one line for organisers; and cards remembered
 * before {@code live_cards} are copied once at start-up and keep updating.
 */
@SpringBootTest(properties = { "samverka.outbox.background=false", "samverka.cards.update-every=5s" })
@ActiveProfiles("test")
@Import({ TestClock.Configuration.class, LiveCardsIntegrationTests.Counters.class })
class LiveCardsIntegrationTests {

	/** A card that shows a counter, kept in memory: {@code counter <subject>: <n>}. */
	static class CounterCards implements CardSource {

		final Map<String, Integer> counters = new ConcurrentHashMap<>();

		@Override
		public String kind() {
			return "counter";
		}

		@Override
		public Optional<Message> render(String subject, Locale locale) {
			return Optional.ofNullable(counters.get(subject)).map(n -> Message.text("counter " + subject + ": " + n));
		}

		@Override
		public LegacyPosts legacyPosts() {
			return new LegacyPosts("counter_posts", "counterId", "counters");
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Counters {

		@Bean
		CounterCards counterCards() {
			return new CounterCards();
		}

	}

	@Autowired
	Outbox outbox;

	@Autowired
	LiveCards cards;

	@Autowired
	CounterCards counters;

	@Autowired
	Ledger ledger;

	@Autowired
	Dispatch dispatch;

	@Autowired
	LiveCardMigration migration;

	@Autowired
	LiveCardStore liveCardStore;

	@Autowired
	SendReports reports;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ConversationReferences references;

	@Autowired
	Transcript transcript;

	final String id = UUID.randomUUID().toString().substring(0, 8);

	final NetworkId network = new NetworkId("net-" + id);

	final ConversationKey room = new ConversationKey(Channel.PLAYGROUND, "playground", "room-" + id);

	@Test
	void updatesWithinFiveSecondsAreOneShowingTheLastStateOnEveryInstance() {
		references.remember(room, ConversationKind.GROUP, room.conversationId());
		counters.counters.put(id, 0);
		cards.post(counters, id, network, Map.of(room, Locale.ENGLISH));
		outbox.drainNow();

		counters.counters.put(id, 1);
		cards.update("counter", id);
		assertThat(outbox.drainNow()).as("the first update goes at once").isEqualTo(1);
		assertThat(lastShown()).isEqualTo("counter " + id + ": 1");

		// three more changes within five seconds share one update, sent by another
		// instance no sooner than five seconds after the first
		Outbox other = new Outbox(ledger, dispatch, 1, Duration.ofMinutes(2));
		for (int n = 2; n <= 4; n++) {
			counters.counters.put(id, n);
			cards.update("counter", id);
		}
		Instant firstUpdate = Instant.now();
		assertThat(other.drainNow()).as("the throttle holds on another instance").isZero();
		await("the second update").atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> other.drainNow() > 0 || outbox.drainNow() > 0);
		assertThat(Duration.between(firstUpdate, Instant.now())).isGreaterThan(Duration.ofSeconds(4));
		assertThat(lastShown()).isEqualTo("counter " + id + ": 4");
		assertThat(mongo.getCollection("outbox")
			.countDocuments(new Document("topic", "card:counter:" + id).append("cardAction", "update")))
			.as("one entry per update sent, not per change")
			.isEqualTo(2);

		List<SendReports.SendReport> recent = reports.recent(network, 10);
		assertThat(recent).singleElement().satisfies(report -> {
			assertThat(report.messageKey()).isEqualTo("card:counter:" + id);
			assertThat(report.summary()).isEqualTo("counter " + id + ": 0");
			assertThat(report.counts()).isEqualTo(new DeliveryCounts(3, 0, 0, 0, 0));
		});
	}

	@Test
	void anUpdateWaitsForItsCardsPostAndIsNotSentWhenThePostFailed() {
		references.remember(room, ConversationKind.GROUP, room.conversationId());
		ConversationKey lost = new ConversationKey(Channel.PLAYGROUND, "playground", "never-seen-" + id);
		counters.counters.put(id, 0);
		cards.post(counters, id, network, Map.of(room, Locale.ENGLISH));
		// the post is claimed, as by a drainer in the middle of sending it
		LedgerEntry post = outbox.claim();
		assertThat(post.card().update()).isFalse();
		counters.counters.put(id, 1);
		Queued update = cards.update("counter", id);
		Outbox other = new Outbox(ledger, dispatch, 1, Duration.ofMinutes(2));
		other.refill();
		assertThat(other.sendOne()).as("the update is claimed").isTrue();
		assertThat(outbox.settle(update, Duration.ZERO).pending()).as("and put back to wait for the post").isEqualTo(1);
		// the post goes out after all: the update follows it
		liveCardStore.posted(post.card().cardId(), post.id(), "posted-" + id);
		ledger.finish(post.id(), new Update().set(LedgerEntry.STATE, DeliveryState.SENT.name()));
		await("the update follows the post").atMost(Duration.ofSeconds(10))
			.until(() -> other.drainNow() >= 0 && outbox.settle(update, Duration.ZERO).sent() == 1);
		assertThat(lastShown()).isEqualTo("counter " + id + ": 1");

		String subject = id + "-lost";
		counters.counters.put(subject, 0);
		cards.post(counters, subject, network, Map.of(lost, Locale.ENGLISH));
		counters.counters.put(subject, 1);
		Queued lostUpdate = cards.update("counter", subject);
		await("the post fails and the update is dropped").atMost(Duration.ofSeconds(10))
			.until(() -> other.drainNow() >= 0 && outbox.counts("card:counter:" + subject).pending() == 0);
		assertThat(outbox.counts("card:counter:" + subject)).isEqualTo(new DeliveryCounts(0, 0, 1, 1, 0));
		assertThat(ledger.raw(lostUpdate.entries().get(0))).containsEntry("note", "card not posted");
	}

	@Test
	void cardsPostedBeforeLiveCardsAreCopiedOnceAndKeepUpdating() {
		references.remember(room, ConversationKind.GROUP, room.conversationId());
		String subject = "old-" + id;
		mongo.getCollection("counters").insertOne(new Document("_id", subject).append("networkId", network.value()));
		for (int i = 1; i <= 2; i++) {
			mongo.getCollection("counter_posts")
				.insertOne(new Document("_id", subject + "|" + room.asString() + "|m" + i).append("counterId", subject)
					.append("channel", "PLAYGROUND")
					.append("tenant", "playground")
					.append("conversationId", room.conversationId())
					.append("messageId", "m" + i)
					.append("language", "en")
					.append("postedAt", Date.from(Instant.parse("2026-01-0" + i + "T10:00:00Z"))));
		}
		counters.counters.put(subject, 7);

		assertThat(migration.migrate(counters)).as("the newest old post of the conversation").isEqualTo(1);
		assertThat(migration.migrate(counters)).as("a second start").isZero();
		LiveCard card = mongo.findById(LiveCard.idOf("counter", subject, room), LiveCard.class);
		assertThat(card.messageId()).isEqualTo("m2");
		assertThat(card.network()).isEqualTo(network.value());

		counters.counters.put(subject, 8);
		cards.update("counter", subject);
		assertThat(outbox.drainNow()).isEqualTo(1);
		assertThat(outbox.counts("card:counter:" + subject)).isEqualTo(new DeliveryCounts(1, 0, 0, 0, 0));
		assertThat(lastShown()).isEqualTo("counter " + subject + ": 8");
	}

	private String lastShown() {
		var entries = transcript.of(room);
		return entries.get(entries.size() - 1).text();
	}

}
