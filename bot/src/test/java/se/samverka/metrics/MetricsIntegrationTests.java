package se.samverka.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import se.samverka.BackgroundWork;
import se.samverka.Ledger;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.network.Network;
import se.samverka.network.Person;
import se.samverka.network.PersonalMessages;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;
import se.samverka.web.PlaygroundClient;

/**
 * With {@code samverka.metrics.enabled} (SAMVERKA_METRICS=true) Prometheus finds
 * Samverka's meters at /actuator/prometheus, with values that follow what happened: turns
 * in the playground and in Slack, a poll card posted, the poll closed five minutes late,
 * and in Slack a 429 that held a DM back a second, a DM that is gone, and one that keeps
 * answering 429 and so waits in the ledger.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "samverka.metrics.enabled=true")
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
@ContextConfiguration(initializers = SamverkaTest.SharedFakes.class)
class MetricsIntegrationTests {

	static final FakeSlack slack = FakeSlack.shared();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	PersonalMessages personal;

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void prometheusFindsTurnsSendsRateLimitsBacklogAndLag() throws Exception {
		clock.set(Instant.parse("2021-08-20T10:00:00Z"));
		PlaygroundClient playground = new PlaygroundClient(port);
		String anna = "anna-" + tag;
		String room = "room-" + tag;
		String name = "Mätare " + tag;
		String code = PlaygroundClient.inviteCode(playground.say(anna, room, "nätverk skapa " + name));
		playground.say("bo-" + tag, "dm-bo-" + tag, "gå med " + code + " Polisen");
		String network = mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
		assertThat(playground
			.say(anna, room, "omröstning Nästa träff? | 2021-09-29 | 2021-10-01 | deadline 2021-09-01 12:00")
			.html()).contains("Omröstning 1");
		Ledger.awaitIdle(mongo, network);
		// 12:00 in Stockholm is 10:00 UTC: the poll closes five minutes late
		clock.set(Instant.parse("2021-09-01T10:05:00Z"));
		BackgroundWork.runDue(runner, mongo);

		SignedSlack requests = new SignedSlack(slack, FakeSlack.SECRET, clock::instant, port);
		String slackCode = SignedSlack
			.inviteCode(requests.command("U-anna-" + tag, "C-home-" + tag, "nätverk skapa Slackmätare " + tag));
		List<String> users = List.of("U-bo-" + tag, "U-cia-" + tag, "U-dan-" + tag);
		for (String user : users) {
			requests.command(user, "D-" + user, "gå med " + slackCode + " Skolan");
		}
		NetworkId slackNetwork = new NetworkId(
				mongo.findOne(Query.query(Criteria.where("name").is("Slackmätare " + tag)), Network.class).id());
		slack.failOnceWith.put("D-" + users.get(0), new ConcurrentLinkedQueue<>(List.of("ratelimited")));
		slack.failWith.put("D-" + users.get(1), "channel_not_found");
		slack.failWith.put("D-" + users.get(2), "ratelimited");
		try {
			for (String user : users) {
				personal.send("metrics:" + tag, personOf(user), slackNetwork, Message.text("Påminnelse " + tag));
			}
			await("the 429 once and the gone DM are settled").atMost(Duration.ofSeconds(30))
				.until(() -> slack
					.count(c -> c.path().equals("chat.postMessage") && c.param("channel").equals("D-" + users.get(0))
							&& c.answer().contains("\"ok\":true")) == 1
						&& Scrape.of(port)
							.valueOrZero("samverka_sends_total", "channel=\"slack\"", "outcome=\"unreachable\"") >= 1);
			// the DM that keeps answering 429 waits in the ledger, ten minutes now
			clock.set(clock.instant().plus(Duration.ofMinutes(10)));
			await("the gauges read the waiting DM").atMost(Duration.ofSeconds(30))
				.until(() -> Scrape.of(port)
					.valueOrZero("samverka_ledger_oldest_pending_seconds", "scope=\"tenant:slack:") >= 600);

			Scrape scrape = Scrape.of(port);
			assertThat(scrape.status()).isEqualTo(200);
			assertThat(scrape.valueOrZero("samverka_turns_seconds_count", "channel=\"playground\""))
				.isGreaterThanOrEqualTo(3);
			assertThat(scrape.valueOrZero("samverka_turns_seconds_count", "channel=\"slack\""))
				.isGreaterThanOrEqualTo(4);
			assertThat(scrape.valueOrZero("samverka_turns_seconds_sum", "channel=\"playground\"")).isPositive();
			assertThat(scrape.valueOrZero("samverka_sends_total", "channel=\"playground\"", "outcome=\"sent\""))
				.as("the poll card and its result")
				.isGreaterThanOrEqualTo(1);
			assertThat(scrape.valueOrZero("samverka_sends_total", "channel=\"slack\"", "outcome=\"sent\""))
				.isGreaterThanOrEqualTo(1);
			assertThat(scrape.valueOrZero("samverka_sends_total", "channel=\"slack\"", "outcome=\"unreachable\""))
				.isEqualTo(1);
			assertThat(scrape.valueOrZero("samverka_sends_rate_limited_seconds_count", "channel=\"slack\""))
				.isGreaterThanOrEqualTo(2);
			assertThat(scrape.valueOrZero("samverka_sends_rate_limited_seconds_sum", "channel=\"slack\""))
				.as("the Retry-After of 1 s at least")
				.isGreaterThanOrEqualTo(1);
			assertThat(scrape.valueOrZero("samverka_ledger_pending", "scope=\"tenant:slack:")).isEqualTo(1);
			assertThat(scrape.valueOrZero("samverka_ledger_backlog")).isGreaterThanOrEqualTo(1);
			assertThat(scrape.value("samverka_scheduler_lag_seconds_sum", "kind=\"poll.close\""))
				.as("claimed five minutes after its deadline")
				.hasValueSatisfying(lag -> assertThat(lag).isBetween(300.0, 400.0));
			assertThat(scrape.text()).doesNotContain("Påminnelse").doesNotContain(name);
		}
		finally {
			slack.failWith.remove("D-" + users.get(1));
			slack.failWith.remove("D-" + users.get(2));
		}
		await("the last DM goes once Slack takes it").atMost(Duration.ofSeconds(30))
			.until(() -> Scrape.of(port).valueOrZero("samverka_ledger_pending", "scope=\"tenant:slack:") == 0);
	}

	private PersonId personOf(String user) {
		return new PersonId(mongo.findOne(Query.query(Criteria.where("userId").is(user)), Person.class).id());
	}

}
