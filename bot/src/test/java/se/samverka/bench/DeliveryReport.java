package se.samverka.bench;

import java.time.Duration;
import java.util.Locale;

import se.samverka.delivery.DeliveryCounts;

/**
 * One benchmark run's figures. {@code delivered}: recipients the fakes accepted at least
 * one copy for; {@code duplicated}: copies beyond the first; {@code lost}: recipients
 * that got nothing although the outbox does not say so (neither failed, unreachable,
 * uncertain nor pending), plus any the outbox calls sent that the fakes never accepted.
 */
record DeliveryReport(ReminderFanOut.Mix mix, Duration elapsed, Duration minimum, DeliveryCounts counts, long delivered,
		long duplicated, String teamsTraffic, String slackTraffic) {

	long failed() {
		return counts.unreachable() + counts.failed() + counts.uncertain();
	}

	long lost() {
		long notReported = mix.total() - delivered - failed() - counts.pending();
		long sentButMissing = Math.max(0, counts.sent() - delivered);
		return Math.max(0, notReported) + sentButMissing;
	}

	double ratio() {
		return minimum.isZero() ? Double.NaN : (double) elapsed.toMillis() / minimum.toMillis();
	}

	String summary() {
		return String.format(Locale.ROOT,
				"""
						Delivery benchmark: %,d one-to-one reminders (%,d Teams over %d tenants, %,d Slack DMs)
						  elapsed           %8.1f s
						  minimum by limits %8.1f s   (Teams %d/s per tenant, Slack workspace limit; one message per conversation)
						  ratio             %8.2f     (target <= 1.2)
						  sent              %,8d
						  failed            %,8d     (unreachable %d, failed %d, uncertain %d: never resent)
						  pending           %,8d
						  duplicated        %,8d
						  lost              %,8d
						  delivered (fakes) %,8d
						  Bot Connector: %s
						  Slack Web API: %s""",
				mix.total(), mix.teams(), mix.tenants(), mix.slack(), elapsed.toMillis() / 1000.0,
				minimum.toMillis() / 1000.0, LimitedBotConnector.TENANT_PER_SECOND, ratio(), counts.sent(), failed(),
				counts.unreachable(), counts.failed(), counts.uncertain(), counts.pending(), duplicated, lost(),
				delivered, teamsTraffic, slackTraffic);
	}

}
