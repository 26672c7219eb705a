package se.samverka.bench;

import java.time.Duration;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The delivery benchmark (issue 6): starts Samverka (profile test: an embedded MongoDB on
 * a free port, Teams in local dev mode) against a rate-limited fake Bot Connector and
 * fake Slack Web API on loopback, fans out one reminder to each of 10,000 one-to-one
 * conversations through the outbox and prints the figures. Run it with
 * {@code ./mvnw -B -pl bot -am -Pbench -DskipTests verify}; system properties
 * {@code bench.teams}, {@code bench.tenants}, {@code bench.slack},
 * {@code bench.slackPerSecond} and {@code bench.seed} change the mix;
 * {@code bench.mongodbUri} uses that MongoDB instead of the embedded one. Exits 1 when
 * anything was duplicated or lost, 2 when the ratio is above 1.2.
 */
public final class DeliveryBenchmark {

	private DeliveryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		ReminderFanOut.Mix mix = new ReminderFanOut.Mix(Integer.getInteger("bench.teams", 9_000),
				Integer.getInteger("bench.tenants", 5), Integer.getInteger("bench.slack", 1_000));
		long seed = Long.getLong("bench.seed", 6L);
		int slackPerSecond = Integer.getInteger("bench.slackPerSecond", 5);
		DeliveryReport report;
		try (LimitedBotConnector connector = new LimitedBotConnector(Faults.asInTheIssue(seed));
				LimitedSlack slack = new LimitedSlack(Faults.asInTheIssue(seed + 1), slackPerSecond);
				ConfigurableApplicationContext app = start(slack)) {
			report = new ReminderFanOut(app, connector, slack).run("b" + seed, mix, Duration.ofHours(1));
		}
		System.out.println(report.summary());
		int exit = report.duplicated() > 0 || report.lost() > 0 ? 1 : report.ratio() > 1.2 ? 2 : 0;
		System.exit(exit);
	}

	/**
	 * The application as the tests start it, with Slack pointed at its fake (Teams finds
	 * its fake through the conversation references' serviceUrl), and quiet logs.
	 */
	static ConfigurableApplicationContext start(LimitedSlack slack) {
		return BenchApplication.start(List.of("--samverka.slack.bot-token=xoxb-bench",
				"--samverka.slack.signing-secret=bench-signing-secret", "--samverka.slack.api-url=" + slack.apiUrl()));
	}

}
