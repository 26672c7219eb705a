package se.samverka.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeoutException;

import org.springframework.context.ApplicationContext;

import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.conversation.ConversationReferences;
import se.samverka.delivery.DeliveryCounts;
import se.samverka.delivery.Outbox;
import se.samverka.delivery.Recipient;

/**
 * The benchmark's machinery, shared by the command-line benchmark and its small test:
 * makes one Teams personal conversation or Slack DM per recipient (stored directly as
 * conversation references, serviceUrl = the fake connector), enqueues one reminder each
 * through the {@link Outbox} under one message key, waits while its background drainer
 * sends until nothing is pending, and compares what the outbox reports with what the
 * fakes accepted.
 */
final class ReminderFanOut {

	static final String SLACK_TEAM = LimitedSlack.TEAM;

	/**
	 * How many recipients of each kind: Teams ones spread evenly over {@code tenants}.
	 */
	record Mix(int teams, int tenants, int slack) {

		int total() {
			return teams + slack;
		}

	}

	private record Target(ConversationKey key, String token) {
	}

	private final ApplicationContext context;

	private final LimitedBotConnector connector;

	private final LimitedSlack slack;

	ReminderFanOut(ApplicationContext context, LimitedBotConnector connector, LimitedSlack slack) {
		this.context = context;
		this.connector = connector;
		this.slack = slack;
	}

	DeliveryReport run(String runId, Mix mix, Duration timeout) throws TimeoutException {
		ConversationReferences references = context.getBean(ConversationReferences.class);
		Outbox outbox = context.getBean(Outbox.class);
		List<Target> targets = targets(runId, mix);
		targets.parallelStream()
			.forEach(target -> references.remember(target.key(), ConversationKind.PERSONAL, reference(target.key())));

		String messageKey = "bench-reminder:" + runId;
		NetworkId network = new NetworkId("bench-" + runId);
		long start = System.nanoTime();
		for (Target target : targets) {
			outbox.enqueue(messageKey, network, Recipient.conversation(target.key()), reminder(target.token()));
		}
		long deadline = start + timeout.toNanos();
		DeliveryCounts counts = outbox.counts(messageKey);
		long nextProgress = start;
		while (counts.pending() > 0) {
			if (System.nanoTime() >= nextProgress) {
				System.err.printf("  %5.0f s: %s%n", (System.nanoTime() - start) / 1e9, counts);
				nextProgress = System.nanoTime() + Duration.ofSeconds(15).toNanos();
			}
			if (System.nanoTime() > deadline) {
				throw new TimeoutException("Still pending after " + timeout + ": " + counts);
			}
			// The application's background drainer does the sending; asking for counts
			// scans the ledger, so
			// not too often.
			pause();
			counts = outbox.counts(messageKey);
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

		long delivered = 0;
		for (Target target : targets) {
			Receipts receipts = target.key().channel() == Channel.TEAMS ? connector.receipts : slack.receipts;
			if (receipts.copiesOf(target.key().conversationId(), target.token()) > 0) {
				delivered++;
			}
		}
		long duplicated = connector.receipts.duplicates() + slack.receipts.duplicates();
		return new DeliveryReport(mix, elapsed, minimum(mix), counts, delivered, duplicated,
				connector.receipts.traffic(), slack.receipts.traffic());
	}

	/**
	 * The least time the documented limits allow for this mix: every scope (tenant,
	 * workspace, conversation) sends in parallel, so it is the longest any one scope
	 * needs. Each conversation gets one message, which its own limits never hold back.
	 */
	Duration minimum(Mix mix) {
		Duration longest = Duration.ZERO;
		for (int tenant = 0; tenant < mix.tenants(); tenant++) {
			long messages = mix.teams() / mix.tenants() + (tenant < mix.teams() % mix.tenants() ? 1 : 0);
			Duration needed = RateWindow.perSecond(LimitedBotConnector.TENANT_PER_SECOND).minimumFor(messages);
			longest = needed.compareTo(longest) > 0 ? needed : longest;
		}
		Duration workspace = RateWindow.perSecond(slack.workspacePerSecond).minimumFor(mix.slack());
		return workspace.compareTo(longest) > 0 ? workspace : longest;
	}

	private static List<Target> targets(String runId, Mix mix) {
		List<Target> targets = new ArrayList<>(mix.total());
		for (int i = 0; i < mix.teams(); i++) {
			String tenant = "tenant-" + (i % mix.tenants());
			targets.add(new Target(new ConversationKey(Channel.TEAMS, tenant, "a:bench-" + runId + "-" + i),
					runId + "-t" + i));
		}
		for (int i = 0; i < mix.slack(); i++) {
			targets.add(new Target(new ConversationKey(Channel.SLACK, SLACK_TEAM, "DBENCH" + runId + "S" + i),
					runId + "-s" + i));
		}
		// Interleave the platforms and tenants, as a real network's members would be.
		Collections.shuffle(targets, new Random(runId.hashCode()));
		return targets;
	}

	private String reference(ConversationKey key) {
		if (key.channel() == Channel.SLACK) {
			return key.tenant() + ":" + key.conversationId();
		}
		ConversationAccount conversation = new ConversationAccount();
		conversation.setId(key.conversationId());
		conversation.setConversationType("personal");
		conversation.setTenantId(key.tenant());
		ConversationReference reference = new ConversationReference();
		reference.setServiceUrl(connector.serviceUrl());
		reference.setChannelId("msteams");
		reference.setBot(new ChannelAccount("28:bench-bot", "Samverka"));
		reference.setUser(new ChannelAccount("29:" + key.conversationId(), "Member"));
		reference.setConversation(conversation);
		return Serialization.toStringSilent(reference);
	}

	private static Message reminder(String token) {
		return Message.builder()
			.heading("Påminnelse")
			.paragraph("Glöm inte hemuppgiften till nästa nätverksträff. " + Receipts.reference(token))
			.build();
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
