package se.samverka.delivery;

import static se.samverka.slack.SignedSlack.text;
import static se.samverka.slack.SignedSlack.inviteCode;
import static se.samverka.slack.SignedSlack.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.delivery.DeliveryCounts;
import se.samverka.delivery.Outbox;
import se.samverka.network.Network;
import se.samverka.network.Person;
import se.samverka.network.PersonalMessages;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;

/**
 * Personal reminders through the outbox in Slack, against a fake Web API: a DM answered
 * once with 429 and Retry-After is sent once after waiting, a DM answered once with a 500
 * is retried (Slack's policy) and sent once, a DM that is gone is unreachable; the
 * organiser sees it with {@code /samverka utskick}.
 */
@SamverkaTest
class DeliveriesInSlackIntegrationTests {

	static final String SECRET = FakeSlack.SECRET;

	static final FakeSlack slack = FakeSlack.shared();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	se.samverka.storage.Durability durability;

	@Autowired
	Outbox outbox;

	@Autowired
	PersonalMessages personal;

	SignedSlack requests;

	@BeforeEach
	void signedRequests() {
		requests = new SignedSlack(slack, SECRET, clock::instant, port);
	}

	final String anna = "U-anna-" + next();

	final String home = "C-home-" + next();

	@Test
	void rateLimitedWaitsServerErrorIsRetriedOnceAndAGoneChannelIsUnreachable() throws Exception {
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String name = "Utskick " + next();
		String code = inviteCode(command(anna, home, "nätverk skapa " + name));
		List<String> users = List.of("U-bo-" + next(), "U-cecilia-" + next(), "U-david-" + next());
		List<String> dms = users.stream().map(u -> "D-" + u).toList();
		for (int i = 0; i < users.size(); i++) {
			assertThat(command(users.get(i), dms.get(i), "gå med " + code + " Skolan")).isNotBlank();
		}
		NetworkId network = new NetworkId(
				mongo.findOne(Query.query(Criteria.where("name").is(name)), Network.class).id());
		slack.failOnceWith.put(dms.get(0), new ConcurrentLinkedQueue<>(List.of("ratelimited")));
		slack.failOnceWith.put(dms.get(1), new ConcurrentLinkedQueue<>(List.of("internal_error")));
		slack.failWith.put(dms.get(2), "channel_not_found");

		String key = "reminder:" + name;
		String text = "Påminnelse " + name;
		for (String user : users) {
			assertThat(personal.send(key, personOf(user), network, Message.text(text))).isTrue();
		}
		DeliveryCounts counts = awaitSettled(key);

		assertThat(counts).isEqualTo(new DeliveryCounts(2, 0, 1, 0, 0));
		assertThat(posts(dms.get(0), text)).isEqualTo(2);
		assertThat(posts(dms.get(1), text)).isEqualTo(2);
		assertThat(posts(dms.get(2), text)).isEqualTo(1);
		assertThat(slack.calls.stream()
			.filter(c -> c.path().equals("chat.postMessage") && c.answer().contains("\"ok\":true")
					&& c.param("text").contains(text)))
			.hasSize(2);

		String report = command(anna, home, "utskick");
		assertThat(report).contains(text).contains("skickade 2, väntar 0, kunde inte nås 1, osäkra 0");
		assertThat(command(users.get(0), dms.get(0), "utskick")).contains("Bara nätverkets arrangörer");
	}

	/**
	 * The send journal's line that a send is starting is on disk before Slack has the
	 * request (its body is written only after it), and how it ended follows.
	 */
	@Test
	void theSendJournalHasTheSendBeforeSlackHasIt() throws Exception {
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String name = "Journal " + next();
		String code = inviteCode(command(anna, home, "nätverk skapa " + name));
		String bo = "U-bo-" + next();
		assertThat(command(bo, "D-" + bo, "gå med " + code + " Skolan")).isNotBlank();
		NetworkId network = new NetworkId(
				mongo.findOne(Query.query(Criteria.where("name").is(name)), Network.class).id());
		SendJournalFile journal = SendJournalFile.of(durability);
		String key = "journal:" + name;
		String text = "Journalen " + name;
		java.util.concurrent.atomic.AtomicReference<String> atArrival = new java.util.concurrent.atomic.AtomicReference<>();
		slack.onEachCall = (method, params) -> {
			if (method.equals("chat.postMessage") && params.getOrDefault("text", "").contains(text)) {
				atArrival.set(journal.read());
			}
		};
		try {
			assertThat(personal.send(key, personOf(bo), network, Message.text(text))).isTrue();
			assertThat(awaitSettled(key).sent()).isEqualTo(1);
		}
		finally {
			slack.onEachCall = (method, params) -> {
			};
		}
		journal.assertStartedBeforeArrival(mongo, key, atArrival.get());
	}

	private long posts(String channel, String text) {
		return slack.count(c -> c.path().equals("chat.postMessage") && c.param("channel").equals(channel)
				&& c.param("text").contains(text));
	}

	private DeliveryCounts awaitSettled(String key) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		DeliveryCounts counts = outbox.counts(key);
		while (counts.pending() > 0 && Instant.now().isBefore(deadline)) {
			outbox.drainNow();
			counts = outbox.counts(key);
		}
		return counts;
	}

	private PersonId personOf(String user) {
		return new PersonId(mongo.findOne(Query.query(Criteria.where("userId").is(user)), Person.class).id());
	}

	private String command(String user, String channel, String text) throws Exception {
		return requests.command(user, channel, text);
	}

	private String answer(String user, String channel, String text) throws Exception {
		return requests.answer(user, channel, text);
	}

	private HttpResponse<String> post(String body, String contentType) throws Exception {
		return requests.post(body, contentType);
	}

}
