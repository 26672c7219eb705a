package se.samverka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The delivery benchmark's machinery at a small scale, in the normal build: 200
 * one-to-one reminders (Teams over four tenants and Slack DMs) through the outbox,
 * against fakes that enforce the documented limits and answer 10 % 429 and 1 % 500. Every
 * recipient gets the reminder exactly once, or the outbox says why not; nothing is
 * doubled and nothing silently lost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeliveryFanOutIntegrationTests {

	static final LimitedBotConnector connector = new LimitedBotConnector(Faults.asInTheIssue(60));

	static final LimitedSlack slack = new LimitedSlack(Faults.asInTheIssue(61), 5);

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void slackSettings(DynamicPropertyRegistry registry) {
		registry.add("samverka.slack.bot-token", () -> "xoxb-bench");
		registry.add("samverka.slack.signing-secret", () -> "bench-signing-secret");
		registry.add("samverka.slack.api-url", slack::apiUrl);
	}

	@AfterAll
	static void stopFakes() {
		connector.close();
		slack.close();
	}

	@Test
	void twoHundredRemindersArriveOnceEachWithinTheLimits() throws Exception {
		ReminderFanOut.Mix mix = new ReminderFanOut.Mix(160, 4, 40);
		DeliveryReport report = new ReminderFanOut(context, connector, slack).run("t200", mix, Duration.ofMinutes(2));
		System.out.println(report.summary());

		assertThat(report.counts().pending()).isZero();
		assertThat(report.counts().total()).isEqualTo(200);
		assertThat(report.duplicated()).as(report.summary()).isZero();
		assertThat(report.lost()).as(report.summary()).isZero();
		assertThat(report.delivered()).as(report.summary()).isEqualTo(report.counts().sent());
		// The fakes did refuse: the outbox had to wait for Retry-After and still got
		// everything through.
		assertThat(connector.receipts.throttled.get() + slack.receipts.throttled.get()).isPositive();
		// Only 500s make entries uncertain (never resent); 429s are retried until sent.
		long serverErrors = connector.receipts.serverErrors.get() + slack.receipts.serverErrors.get();
		assertThat(report.failed()).isLessThanOrEqualTo(serverErrors);
		assertThat((long) report.counts().sent()).isGreaterThanOrEqualTo(200 - serverErrors);
		// 40 Slack DMs at 5 per second: 5 at once, then 5 more each second, the last at 7
		// s. Teams' 40 per
		// tenant need 1 s. The fan-out must not crawl far beyond that.
		assertThat(report.minimum()).isEqualTo(Duration.ofSeconds(7));
		assertThat(report.elapsed()).as(report.summary()).isLessThan(report.minimum().multipliedBy(3));
	}

}
