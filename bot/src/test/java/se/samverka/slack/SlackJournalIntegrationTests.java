package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.SamverkaTest;
import se.samverka.chat.Channel;
import se.samverka.chat.InboundLoad;

/**
 * The inbound journal as it runs on MongoDB, where a request is acknowledged only once
 * its write is done (on the embedded server, in the same process, it is acknowledged as
 * soon as it is queued for the write): the request is in the journal when {@code offer}
 * returns, it is worked off in order, and the limit refuses before anything is written.
 */
@SamverkaTest
class SlackJournalIntegrationTests {

	@Autowired
	MongoTemplate mongo;

	final ThreadPoolExecutor workers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2));

	final InboundLoad load = new InboundLoad();

	final List<String> run = new java.util.concurrent.CopyOnWriteArrayList<>();

	SlackJournal journal;

	@AfterEach
	void stop() throws InterruptedException {
		journal.destroy();
		workers.shutdownNow();
	}

	@Test
	void aRequestIsInTheJournalWhenItIsAcknowledgedAndWorkedOffInOrder() {
		// nothing is worked off (and so removed) before every request has been looked for
		CountDownLatch checked = new CountDownLatch(1);
		journal = new SlackJournal(mongo, false, workers, request -> {
			try {
				checked.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			run.add(request.key());
		}, load, 1000);
		String prefix = "slack:command:journal-" + SignedSlack.next() + "-";
		for (int i = 0; i < 20; i++) {
			String key = prefix + i;
			assertThat(journal.offer(request(key))).isTrue();
			assertThat(keysInTheJournal()).as("written before the acknowledgement").contains(key);
		}
		checked.countDown();
		await().atMost(Duration.ofSeconds(30)).until(() -> journal.held() == 0);
		assertThat(run).as("worked off in the order they came, beyond the workers' small queue")
			.containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).mapToObj(i -> prefix + i).toList());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(keysInTheJournal()).noneMatch(key -> key.startsWith(prefix)));
	}

	@Test
	void beyondTheLimitARequestIsRefusedAndNotWritten() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		Consumer<JournalledRequest> held = request -> {
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			run.add(request.key());
		};
		journal = new SlackJournal(mongo, false, workers, held, load, 3);
		String prefix = "slack:command:limit-" + SignedSlack.next() + "-";
		for (int i = 0; i < 3; i++) {
			assertThat(journal.offer(request(prefix + i))).isTrue();
		}
		assertThat(journal.offer(request(prefix + "over"))).isFalse();
		assertThat(load.refused(Channel.SLACK)).isEqualTo(1);
		assertThat(keysInTheJournal()).doesNotContain(prefix + "over");

		release.countDown();
		await().atMost(Duration.ofSeconds(30)).until(() -> journal.held() == 0);
		assertThat(journal.offer(request(prefix + "later"))).as("room again").isTrue();
		await().atMost(Duration.ofSeconds(30)).until(() -> run.contains(prefix + "later"));
		assertThat(run).doesNotContain(prefix + "over");
	}

	private static JournalledRequest request(String key) {
		return new JournalledRequest(key, JournalledRequest.Kind.COMMAND, "T-journal", "D-journal", "directmessage",
				"U-journal", "Kim", "hjälp", null);
	}

	private Set<String> keysInTheJournal() {
		Set<String> keys = ConcurrentHashMap.newKeySet();
		for (Document batch : mongo.getCollection(SlackJournal.COLLECTION).find()) {
			SlackJournal.requestsOf(batch).forEach(request -> keys.add(request.key()));
		}
		return keys;
	}

}
