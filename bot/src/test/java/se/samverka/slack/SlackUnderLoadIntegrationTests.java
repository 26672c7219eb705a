package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.chat.Channel;
import se.samverka.chat.InboundLoad;
import se.samverka.chat.InboundSettings;
import se.samverka.conversation.TranscriptEntry;

/**
 * A flood of signed slash commands, direct messages and mentions, sent at once while the
 * one Slack worker is held up (users.info at the fake Slack waits for the test), so the
 * work queue ({@code samverka.inbound.slack-queue}, small in tests) overflows and the
 * rest waits in the inbound journal until that is full too
 * ({@code samverka.inbound.slack-journal}, small in tests). Whatever was acknowledged as
 * taken is in the conversation log afterwards; whatever was not got 503 (events, which
 * Slack sends again) or "busy, try again" as the command's answer, and is nowhere in the
 * log. Buttons and forms, which are not journalled, are refused as soon as the queue is
 * full.
 */
@SamverkaTest
class SlackUnderLoadIntegrationTests {

	private static final String BUSY_SV = "Samverka har mycket att göra just nu";

	private static final String BUSY_EN = "Samverka is very busy right now";

	static final FakeSlack slack = FakeSlack.shared();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	InboundLoad load;

	@Autowired
	InboundSettings inbound;

	@Autowired
	SlackJournal journal;

	SignedSlack requests;

	final CountDownLatch release = new CountDownLatch(1);

	final CountDownLatch held = new CountDownLatch(1);

	final String run = SignedSlack.next();

	final String blocker = "U-block-" + run;

	@BeforeEach
	void holdTheWorkerOnSlack() {
		requests = new SignedSlack(slack, FakeSlack.SECRET, clock::instant, port);
		slack.onEachCall = (method, params) -> {
			// every name of this test's people is held, so the worker stays held even
			// when
			// a call times out
			if (method.equals("users.info") && params.getOrDefault("user", "").contains(run)) {
				held.countDown();
				try {
					release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		};
	}

	@AfterEach
	void letGo() {
		release.countDown();
		slack.onEachCall = (method, params) -> {
		};
	}

	/**
	 * One request of the flood: its key in the conversation log and Samverka's answer.
	 */
	record Sent(String dedupKey, boolean command, HttpResponse<String> response) {

		boolean refused() {
			return response.statusCode() == 503 || (command && response.body().contains(BUSY_SV));
		}

		boolean taken() {
			return response.statusCode() == 200 && !refused();
		}

	}

	@Test
	void everyAcknowledgedRequestIsLoggedAndTheRestAreRefusedBeforeTheAcknowledgement() throws Exception {
		String english = "U-en-" + SignedSlack.next();
		requests.command(english, "D-" + english, "language en");
		long refusedBefore = load.refused(Channel.SLACK);
		assertThat(requests.post(dm(blocker, "hjälp"), "application/json").statusCode()).isEqualTo(200);
		assertThat(held.await(30, TimeUnit.SECONDS)).as("the worker waits at users.info").isTrue();

		long room = inbound.slackJournal() - journal.held();
		assertThat(room).as("the journal has room for more than the queue").isGreaterThan(inbound.slackQueue());
		int flood = (int) room + 60;
		List<Sent> sent = new ArrayList<>();
		ExecutorService senders = Executors.newFixedThreadPool(16);
		try {
			List<Future<Sent>> futures = new ArrayList<>();
			for (int i = 0; i < flood; i++) {
				int kind = i % 3;
				String user = "U-flood-" + run + "-" + i;
				futures.add(senders.submit(() -> switch (kind) {
					case 0 -> command(user, "hjälp");
					case 1 -> event(dm(user, "hjälp"));
					default -> event(mention(user, "<@UBOT> hjälp"));
				}));
			}
			for (Future<Sent> future : futures) {
				sent.add(future.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			senders.shutdownNow();
		}
		// still full: a person known to speak English is told in English, a button press
		// is refused with 503 so that Slack shows it failed
		Sent late = command(english, "hjälp");
		HttpResponse<String> press = requests.postPayload(press("U-press-" + SignedSlack.next()));
		// a modal stays open with the refusal at its first input (submitted twice to read
		// the answer: the first was refused too, so nothing of it was taken)
		String writer = "U-form-" + SignedSlack.next();
		JsonObject submission = requests.submitModal(writer, "D-" + writer, modal(writer), Map.of("text", "Hej"));
		HttpResponse<String> form = requests.postPayload(submission);
		String formKey = "slack:view:" + submission.getAsJsonObject("view").get("id").getAsString() + ":h1";

		List<Sent> taken = sent.stream().filter(Sent::taken).toList();
		List<Sent> refused = sent.stream().filter(Sent::refused).toList();
		assertThat(taken.size() + refused.size()).as("every request got an answer").isEqualTo(flood);
		assertThat(taken).as("the queue and then the journal took what they hold")
			.hasSizeGreaterThan(inbound.slackQueue())
			.hasSizeLessThanOrEqualTo((int) room);
		assertThat(refused).as("more than the journal holds was refused").hasSizeGreaterThanOrEqualTo(60);
		assertThat(journal.held()).as("nothing of the flood is worked off yet").isGreaterThanOrEqualTo(taken.size());
		assertThat(
				refused.stream().filter(s -> !s.command()).map(s -> s.response().headers().firstValue("Retry-After")))
			.allSatisfy(retryAfter -> assertThat(retryAfter).hasValue("5"));
		assertThat(late.response().statusCode()).isEqualTo(200);
		assertThat(late.response().body()).contains(BUSY_EN).contains("ephemeral");
		assertThat(press.statusCode()).isEqualTo(503);
		assertThat(form.statusCode()).isEqualTo(200);
		JsonObject formAnswer = JsonParser.parseString(form.body()).getAsJsonObject();
		assertThat(formAnswer.get("response_action").getAsString()).isEqualTo("errors");
		assertThat(formAnswer.getAsJsonObject("errors").get("text").getAsString()).startsWith(BUSY_SV);
		assertThat(load.refused(Channel.SLACK) - refusedBefore).isEqualTo(refused.size() + 4);

		release.countDown();
		List<String> takenKeys = taken.stream().map(Sent::dedupKey).toList();
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(logged(takenKeys)).as("acknowledged and in the conversation log")
				.isEqualTo(takenKeys.size()));
		assertThat(logged(refused.stream().map(Sent::dedupKey).toList())).as("refused, so never taken").isZero();
		assertThat(logged(List.of(late.dedupKey(), formKey))).isZero();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(waiting(takenKeys.toArray(String[]::new)))
				.as("worked off, so no longer in the journal")
				.isZero());
	}

	/**
	 * A command Slack's client sends twice (same trigger id), while the first still waits
	 * in the journal and again after it was worked off: acknowledged each time, run once.
	 */
	@Test
	void aCommandSentAgainRunsOnce() throws Exception {
		String user = "U-again-" + run;
		assertThat(requests.post(dm(blocker, "hjälp"), "application/json").statusCode()).isEqualTo(200);
		assertThat(held.await(30, TimeUnit.SECONDS)).as("the worker waits at users.info").isTrue();
		String answers = "again-" + SignedSlack.next();
		String body = SignedSlack.slashBody(user, "D-" + user, "hjälp", slack.responseUrl(answers));
		Matcher trigger = Pattern.compile("trigger_id=([^&]+)").matcher(body);
		assertThat(trigger.find()).isTrue();
		String key = "slack:command:" + trigger.group(1);
		HttpResponse<String> first = requests.post(body, "application/x-www-form-urlencoded");
		HttpResponse<String> second = requests.post(body, "application/x-www-form-urlencoded");
		assertThat(List.of(first, second)).allSatisfy(response -> {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).doesNotContain(BUSY_SV);
		});
		await("waiting in the journal").atMost(Duration.ofSeconds(30)).until(() -> waiting(key) > 0);

		release.countDown();
		await().atMost(Duration.ofSeconds(60)).until(() -> logged(List.of(key)) == 1);
		await().atMost(Duration.ofSeconds(30)).until(() -> waiting(key) == 0);
		assertThat(requests.post(body, "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30)).until(() -> waiting(key) == 0);
		assertThat(logged(List.of(key))).isEqualTo(1);
		assertThat(slack.count(c -> c.path().equals("/response/" + answers))).as("answered once").isEqualTo(1);
	}

	/**
	 * What a process that stopped or crashed left in the journal is taken over by another
	 * and worked off; one that was worked off before the crash is not run again.
	 */
	@Test
	void requestsLeftByAProcessThatIsGoneAreWorkedOffOnce() throws Exception {
		release.countDown();
		// what an earlier test left to do comes first
		await().atMost(Duration.ofSeconds(120)).until(() -> journal.held() == 0);
		String gone = "gone-" + SignedSlack.next();
		String user = "U-left-" + SignedSlack.next();
		String responses = "left-" + SignedSlack.next();
		String waiting = "slack:command:left-" + SignedSlack.next();
		// its turn ran and was logged, but the process died before marking it done
		requests.command(user, "D-" + user, "hjälp");
		String logged = mongo
			.find(Query.query(Criteria.where("conversation").regex(user).and("dedupKey").regex("^slack:command:")),
					TranscriptEntry.class)
			.get(0)
			.dedupKey();
		var journalled = mongo.getCollection(SlackJournal.COLLECTION);
		journalled.insertOne(new Document("_id", gone + ":1").append("owner", gone)
			.append("at", new Date())
			.append("requests",
					JournalledRequest.encode(List.of(left(logged, user, responses), left(waiting, user, responses))))
			.append("done", List.of()));
		mongo.getCollection(SlackJournal.OWNERS).insertOne(new Document("_id", gone).append("seen", new Date(0)));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(logged(List.of(waiting))).as("taken over and logged").isEqualTo(1));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(journalled.countDocuments(new Document("owner", gone))).isZero());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(slack.count(c -> c.path().equals("/response/" + responses)))
				.as("one answer, for the request not yet run")
				.isEqualTo(1));
		assertThat(logged(List.of(logged))).as("the one run before is logged once").isEqualTo(1);
		assertThat(journalled.countDocuments(new Document("_id", gone + ":1"))).as("all done, so removed").isZero();
	}

	private static JournalledRequest left(String key, String user, String responses) {
		return new JournalledRequest(key, JournalledRequest.Kind.COMMAND, FakeSlack.DEFAULT_TEAM, "D-" + user,
				"directmessage", user, "Kim", "hjälp", slack.responseUrl(responses));
	}

	/** How many of these requests are in the journal. */
	private long waiting(String... keys) {
		Set<String> wanted = Set.of(keys);
		long found = 0;
		for (Document batch : mongo.getCollection(SlackJournal.COLLECTION).find()) {
			found += SlackJournal.requestsOf(batch).stream().filter(r -> wanted.contains(r.key())).count();
		}
		return found;
	}

	private long logged(List<String> keys) {
		return mongo.count(Query.query(Criteria.where("dedupKey").in(keys)), TranscriptEntry.class);
	}

	private Sent command(String user, String text) throws Exception {
		String body = SignedSlack.slashBody(user, "D-" + user, text, slack.responseUrl("load-" + SignedSlack.next()));
		Matcher trigger = Pattern.compile("trigger_id=([^&]+)").matcher(body);
		assertThat(trigger.find()).isTrue();
		return new Sent("slack:command:" + trigger.group(1), true,
				requests.post(body, "application/x-www-form-urlencoded"));
	}

	private Sent event(String envelope) throws Exception {
		String eventId = JsonParser.parseString(envelope).getAsJsonObject().get("event_id").getAsString();
		return new Sent("slack:event:" + eventId, false, requests.post(envelope, "application/json"));
	}

	private static String dm(String user, String text) {
		return SignedSlack.envelope(SignedSlack.eventJson("message", user, "D-" + user, text));
	}

	private static String mention(String user, String text) {
		return SignedSlack.envelope(SignedSlack.eventJson("app_mention", user, "C-load", text));
	}

	private static JsonObject modal(String user) {
		ModalForm form = new ModalForm("lapp", "Lapp", "Avbryt",
				List.of(new ModalForm.Field("text", "Text", "", "", false, 100)));
		return new Gson().toJsonTree(form.toView(new ModalForm.FormOrigin("lapp", FakeSlack.DEFAULT_TEAM, "D-" + user,
				true, slack.responseUrl("form-" + SignedSlack.next()))))
			.getAsJsonObject();
	}

	private static JsonObject press(String user) {
		JsonObject click = SignedSlack.interaction("block_actions", user, "D-" + user,
				"http://127.0.0.1:1/response/none");
		JsonObject action = new JsonObject();
		action.addProperty("action_id", SignedSlack.COMMAND_PREFIX + "0");
		action.addProperty("type", "button");
		action.addProperty("value", "hjälp");
		action.addProperty("action_ts", "1.6");
		JsonArray actions = new JsonArray();
		actions.add(action);
		click.add("actions", actions);
		return click;
	}

}
