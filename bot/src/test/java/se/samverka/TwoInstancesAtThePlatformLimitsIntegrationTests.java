package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.ToLongBiFunction;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;

import se.samverka.TwoInstances.Instance;
import se.samverka.bench.LimitedBotConnector;
import se.samverka.bench.LimitedBotConnector.Request;
import se.samverka.bench.LimitedSlack;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.PersonId;
import se.samverka.chat.Sender;
import se.samverka.conversation.ConversationReferences;
import se.samverka.network.Membership;
import se.samverka.network.NetworkLink;
import se.samverka.network.NetworkLink.Purpose;
import se.samverka.network.People;
import se.samverka.network.Role;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.teams.TeamsActivities;

/**
 * Two whole instances on one database, as a region runs Samverka, each keeping half of
 * every platform limit ({@code samverka.outbox.instances=2}) and both running due work
 * and draining the delivery ledger: a homework fan-out to 200 Teams members in two
 * tenants and 60 Slack members in one workspace (DMs), a weekly digest and a poll's
 * deadline (with its reminder to everyone who has not voted), the network's posts also in
 * a shared Slack channel. Every message reaches the Bot Connector or Slack exactly once,
 * both instances send on both platforms, and together they never ask either for more than
 * its documented limits: the fakes, which enforce them (Slack: one post a second in a
 * channel, no burst), never answer 429.
 */
class TwoInstancesAtThePlatformLimitsIntegrationTests {

	static final int MEMBERS = 200;

	static final int TENANTS = 2;

	static final String HOME_TENANT = "tenant-1";

	/**
	 * Slack members besides the Teams ones: each gets two DMs at once (the homework and
	 * the poll's reminder) within five posts a second in the workspace.
	 */
	static final int SLACK_MEMBERS = 60;

	TwoInstances instances;

	LimitedBotConnector connector;

	LimitedSlack slack;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + run;

	final String channel = "19:home-" + run + "@thread.tacv2";

	final String steering = "19:steering-" + run + "@thread.tacv2";

	/** The network's channel in Slack: its posts and the steering group's digests. */
	final String slackChannel = "C-network-" + run;

	/** Who claimed entries in the ledger, per platform (TEAMS, SLACK). */
	final Map<String, Set<String>> senders = new ConcurrentHashMap<>();

	final java.util.concurrent.atomic.AtomicInteger watcherMisses = new java.util.concurrent.atomic.AtomicInteger();

	@BeforeEach
	void start() {
		instances = new TwoInstances();
		connector = LimitedBotConnector.withoutFaults();
		slack = LimitedSlack.withoutFaults();
	}

	@AfterEach
	void stop() {
		instances.close();
		connector.close();
		slack.close();
	}

	@Test
	void homeworkDigestAndPollDeadlineGoOutOnceEachWithinTeamsAndSlackLimits() throws Exception {
		Instance a = instances.start("a", settings(2));
		Instance b = instances.start("b", settings(2));
		// a Wednesday in March
		setClocks(Instant.parse("2026-03-18T12:00:00Z"), a, b);
		say(a, channel, "nätverk skapa Tvåinstanser " + run);
		String network = a.mongo()
			.getCollection("networks")
			.find(new Document("name", "Tvåinstanser " + run))
			.first()
			.getString("_id");
		List<String> members = seedMembers(a, network);
		List<String> directMessages = seedSlackMembers(a, network);
		say(b, steering, "styrgrupp här");
		// The poll, created on a Wednesday; its deadline the next Wednesday at 12. At the
		// same moment another poll is started on the other instance (its deadline after
		// this test): both cards go into the Slack channel, one from each instance.
		CompletableFuture<Void> other = CompletableFuture.runAsync(
				() -> say(b, channel, "omröstning Studiebesök " + run + " | 5 okt | 6 okt | deadline 30/4 kl 12"));
		say(a, channel, "omröstning Nästa träff " + run + " | 29 sep | 30 sep | deadline 1/4 kl 12");
		other.get(30, TimeUnit.SECONDS);
		awaitQuiet(a);
		for (String poll : List.of("Nästa träff " + run, "Studiebesök " + run)) {
			assertThat(slackPostsTo(slackChannel, text -> text.contains(poll))).as("the card of %s in Slack", poll)
				.isEqualTo(1);
		}

		// Monday 09:00: the weekly digest, once, in the steering channels (Teams and
		// the Slack channel).
		setClocks(Instant.parse("2026-03-23T08:00:00Z"), a, b);
		race(a, b);
		awaitQuiet(a);
		assertThat(acceptedPostsTo(steering, body -> body.contains("Vecka 13"))).as("the digest").isEqualTo(1);
		assertThat(slackPostsTo(slackChannel, text -> text.contains("Vecka 13"))).as("the digest in Slack")
			.isEqualTo(1);

		// Two days before the deadline, two fan-outs at once: instance a sends a homework
		// question to each of the 200 in Teams and the 60 in Slack while instance b
		// reminds everyone who has not voted. Each keeps half of every limit, so together
		// they stay within them; where half is less than one post (Slack's one a second
		// in a DM), they take turns.
		Thread watcher = watchClaims(a);
		setClocks(Instant.parse("2026-03-30T10:00:01Z"), a, b);
		say(a, channel, "läxa 2026-04-30 | Vad tar vi med oss från " + run + "?");
		b.context().getBean(DueWorkRunner.class).runDue();
		awaitQuiet(a);
		eachGotTheHomeworkAndTheReminderOnce("Teams", members, this::acceptedPostsTo);
		eachGotTheHomeworkAndTheReminderOnce("Slack", directMessages, this::slackPostsTo);

		// The deadline: the result, once, in the network's channel, whichever instance
		// gets there first.
		setClocks(Instant.parse("2026-04-01T10:00:01Z"), a, b);
		race(a, b);
		awaitQuiet(a);
		assertThat(acceptedPostsTo(channel, body -> body.contains("Resultat av omröstning"))).as("the poll's result")
			.isEqualTo(1);
		assertThat(slackPostsTo(slackChannel, text -> text.contains("Resultat av omröstning")))
			.as("the poll's result in Slack")
			.isEqualTo(1);

		// Nothing anywhere went out twice, both instances sent their share on each
		// platform, and no request was over Teams' or Slack's limits.
		watcher.interrupt();
		Map<String, Long> copies = connector.requests()
			.stream()
			.filter(r -> r.status() == 200 && "POST".equals(r.method()) && r.conversation() != null)
			.collect(Collectors.groupingBy(r -> r.conversation() + "|" + text(r.body()), Collectors.counting()));
		assertThat(copies).allSatisfy((message, count) -> assertThat(count).as(message).isEqualTo(1));
		Map<String, Long> slackCopies = slack.requests()
			.stream()
			.filter(r -> r.status() == 200 && "chat.postMessage".equals(r.method()))
			.collect(Collectors.groupingBy(r -> r.channel() + "|" + r.text(), Collectors.counting()));
		assertThat(slackCopies).allSatisfy((message, count) -> assertThat(count).as(message).isEqualTo(1));
		for (String platform : List.of("TEAMS", "SLACK")) {
			assertThat(senders.get(platform))
				.as("the instances that claimed %s entries in the ledger (%d scans missed)", platform,
						watcherMisses.get())
				.hasSize(2);
		}
		assertThat(connector.requests()).as("requests answered 429 (over a limit)")
			.filteredOn(r -> r.status() == 429)
			.extracting(r -> r.method() + " " + r.conversation() + " at " + r.at() + " tenant " + tenantOf(r.body()))
			.isEmpty();
		assertThat(slack.requests()).as("Slack calls answered 429 (over a limit)")
			.filteredOn(r -> r.status() == 429)
			.extracting(r -> r.method() + " " + r.channel() + " at " + r.at() + ": "
					+ r.text().substring(0, Math.min(60, r.text().length())))
			.isEmpty();
	}

	/**
	 * What every instance is started with: its share of the limits, and Slack (one
	 * workspace's bot token) on the limit-enforcing fake.
	 */
	private String[] settings(int instancesSharingTheLimits) {
		return new String[] { "--samverka.outbox.instances=" + instancesSharingTheLimits,
				"--samverka.slack.bot-token=xoxb-two-instances", "--samverka.slack.signing-secret=two-instances",
				"--samverka.slack.api-url=" + slack.apiUrl() };
	}

	/**
	 * 200 members in two tenants, each with a personal chat the bot knows, stored as
	 * their first messages would have stored them.
	 */
	private List<String> seedMembers(Instance instance, String network) {
		People people = instance.context().getBean(People.class);
		ConversationReferences references = instance.context().getBean(ConversationReferences.class);
		List<String> chats = new ArrayList<>();
		List<Membership> memberships = new ArrayList<>();
		String[] organisations = { "Polisen", "Skolan", "Socialtjänsten", "Regionen" };
		for (int i = 0; i < MEMBERS; i++) {
			String tenant = "tenant-" + (1 + i % TENANTS);
			String chat = "a:member-" + run + "-" + i;
			ConversationKey key = new ConversationKey(Channel.TEAMS, tenant, chat);
			PersonId person = people
				.identify(new Sender(Channel.TEAMS, tenant, "29:member-" + run + "-" + i, "Medlem " + i, "sv"));
			String reference = reference(tenant, chat);
			references.remember(key, ConversationKind.PERSONAL, reference);
			people.rememberReach(person, key, ConversationKind.PERSONAL, reference);
			memberships.add(new Membership(network + ":" + person.value(), network, person.value(),
					organisations[i % organisations.length], Set.of(Role.PARTICIPANT), Instant.now()));
			chats.add(chat);
		}
		instance.mongo().insertAll(memberships);
		return chats;
	}

	/**
	 * Members in Slack, each with the DM the bot knows, and the network's channel in the
	 * workspace (linked for members' posts and the steering group's digests), stored as
	 * their first messages and a {@code gå med} in the channel would have stored them.
	 * Returns the DM channels.
	 */
	private List<String> seedSlackMembers(Instance instance, String network) {
		People people = instance.context().getBean(People.class);
		ConversationReferences references = instance.context().getBean(ConversationReferences.class);
		String team = LimitedSlack.TEAM;
		List<String> directMessages = new ArrayList<>();
		List<Membership> memberships = new ArrayList<>();
		for (int i = 0; i < SLACK_MEMBERS; i++) {
			String dm = "D-" + run + "-" + i;
			ConversationKey key = new ConversationKey(Channel.SLACK, team, dm);
			PersonId person = people.identify(new Sender(Channel.SLACK, team, "U" + run + i, "Slackmedlem " + i, "sv"));
			references.remember(key, ConversationKind.PERSONAL, team + ":" + dm);
			people.rememberReach(person, key, ConversationKind.PERSONAL, team + ":" + dm);
			memberships.add(new Membership(network + ":" + person.value(), network, person.value(), "Kommunen",
					Set.of(Role.PARTICIPANT), Instant.now()));
			directMessages.add(dm);
		}
		instance.mongo().insertAll(memberships);
		ConversationKey shared = new ConversationKey(Channel.SLACK, team, slackChannel);
		references.remember(shared, ConversationKind.GROUP, team + ":" + slackChannel);
		instance.mongo()
			.insert(new NetworkLink(shared.asString(), network, Channel.SLACK, team, slackChannel,
					Set.of(Purpose.MEMBERS, Purpose.STEERING), "seed-" + run, Instant.now()));
		return directMessages;
	}

	private String reference(String tenant, String chat) {
		ConversationAccount conversation = new ConversationAccount();
		conversation.setId(chat);
		conversation.setConversationType("personal");
		conversation.setTenantId(tenant);
		ConversationReference reference = new ConversationReference();
		reference.setServiceUrl(connector.serviceUrl());
		reference.setChannelId("msteams");
		reference.setBot(new ChannelAccount(TeamsActivities.BOT_ID, "Samverka"));
		reference.setUser(new ChannelAccount("29:" + chat.substring(2), "Medlem"));
		reference.setConversation(conversation);
		return Serialization.toStringSilent(reference);
	}

	/** Anna @mentions the bot in a channel, through the instance's /api/messages. */
	private void say(Instance instance, String conversation, String command) {
		int port = instance.context().getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		ObjectNode activity = TeamsActivities.mentioning(connector.serviceUrl(), conversation, anna, command);
		HttpResponse<String> response = TeamsActivities.post(port, activity, null);
		assertThat(response.statusCode()).as(command).isBetween(200, 299);
		String replyTo = "\"replyToId\":\"" + activity.path("id").asText() + "\"";
		Awaitility.await(command)
			.atMost(Duration.ofSeconds(20))
			.until(() -> connector.requests()
				.stream()
				.anyMatch(r -> conversation.equals(r.conversation()) && r.body().contains(replyTo)));
	}

	/**
	 * Waits until no due work runs and the ledger has nothing left to send on either
	 * instance (the DMs to Slack take half a minute at four a second).
	 */
	private static void awaitQuiet(Instance any) {
		Document busy = new Document("state", new Document("$in", List.of("PENDING", "SENDING")));
		Awaitility.await("the instances have sent everything")
			.atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> any.mongo().getCollection("due_work").countDocuments(new Document("state", "RUNNING")) == 0
					&& any.mongo().getCollection("outbox").countDocuments(busy) == 0);
	}

	/** Both instances, two threads each, run what is due at the same moment. */
	private static void race(Instance a, Instance b) throws Exception {
		List<DueWorkRunner> runners = List.of(a.context().getBean(DueWorkRunner.class),
				a.context().getBean(DueWorkRunner.class), b.context().getBean(DueWorkRunner.class),
				b.context().getBean(DueWorkRunner.class));
		CyclicBarrier together = new CyclicBarrier(runners.size());
		ExecutorService pool = Executors.newFixedThreadPool(runners.size());
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			for (DueWorkRunner runner : runners) {
				calls.add(() -> {
					together.await(30, TimeUnit.SECONDS);
					return runner.runDue();
				});
			}
			for (Future<Integer> done : pool.invokeAll(calls, 1, TimeUnit.MINUTES)) {
				done.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The homework question and the poll's reminder reached each personal conversation
	 * once.
	 */
	private void eachGotTheHomeworkAndTheReminderOnce(String platform, List<String> conversations,
			ToLongBiFunction<String, Predicate<String>> accepted) {
		for (String conversation : conversations) {
			assertThat(accepted.applyAsLong(conversation, text -> text.contains("Vad tar vi med oss från " + run)))
				.as("the homework question to %s %s", platform, conversation)
				.isEqualTo(1);
			assertThat(accepted.applyAsLong(conversation, text -> text.contains("Nästa träff " + run)))
				.as("the poll's reminder to %s %s", platform, conversation)
				.isEqualTo(1);
		}
	}

	private long slackPostsTo(String channel, Predicate<String> text) {
		return slack.requests()
			.stream()
			.filter(r -> r.status() == 200 && "chat.postMessage".equals(r.method()) && channel.equals(r.channel()))
			.map(LimitedSlack.Request::text)
			.filter(text)
			.count();
	}

	private long acceptedPostsTo(String conversation, Predicate<String> body) {
		return connector.requests()
			.stream()
			.filter(r -> r.status() == 200 && "POST".equals(r.method()) && conversation.equals(r.conversation()))
			.map(Request::body)
			.filter(body)
			.count();
	}

	/**
	 * Watches the ledger while it is being worked off and collects who holds claims on
	 * its entries, per platform (each instance's drainer claims as one owner of its own).
	 */
	private Thread watchClaims(Instance instance) {
		Thread watcher = new Thread(() -> {
			Document claimed = new Document("leaseOwner", new Document("$exists", true));
			while (!Thread.currentThread().isInterrupted()) {
				try {
					instance.mongo()
						.getCollection("outbox")
						.find(claimed)
						.forEach(entry -> senders
							.computeIfAbsent(entry.get("recipient", Document.class).getString("channel"),
									platform -> ConcurrentHashMap.newKeySet())
							.add(entry.getString("leaseOwner")));
					Thread.sleep(5);
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (RuntimeException missed) {
					// a scan that raced with the writers: look again
					watcherMisses.incrementAndGet();
				}
			}
		}, "claim-watcher");
		watcher.setDaemon(true);
		watcher.start();
		return watcher;
	}

	/**
	 * An activity's text and attachments, without what differs between two sends of one
	 * message (ids, time stamps).
	 */
	private static String text(String body) {
		return body.replaceAll("\"(id|timestamp|localTimestamp)\"\\s*:\\s*\"[^\"]*\"", "");
	}

	private static String tenantOf(String body) {
		java.util.regex.Matcher tenant = java.util.regex.Pattern.compile("\"tenantId\"\\s*:\\s*\"([^\"]*)\"")
			.matcher(body);
		return tenant.find() ? tenant.group(1) : "?";
	}

	private static void setClocks(Instant now, Instance... all) {
		for (Instance instance : all) {
			instance.setClock(now);
		}
	}

}
