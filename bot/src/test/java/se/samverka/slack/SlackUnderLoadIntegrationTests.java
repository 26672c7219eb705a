package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * work queue ({@code samverka.inbound.slack-queue}, small in tests) overflows. Whatever
 * was acknowledged as taken is in the conversation log afterwards; whatever was not got
 * 503 (events, which Slack sends again) or "busy, try again" as the command's answer, and
 * is nowhere in the log.
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

		int flood = inbound.slackQueue() * 3;
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
		assertThat(taken).as("the queue took what it holds").hasSizeGreaterThanOrEqualTo(inbound.slackQueue());
		assertThat(refused).as("more than the queue holds was refused").isNotEmpty();
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
