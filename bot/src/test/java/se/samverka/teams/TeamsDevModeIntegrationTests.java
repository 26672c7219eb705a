package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.teams.TeamsActivities.message;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.post;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.SamverkaTest;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Message;
import se.samverka.conversation.KnownConversation;
import se.samverka.delivery.DeliveryFailed;
import se.samverka.teams.FakeBotConnector.Posted;

/**
 * Teams end to end in local dev mode: HTTP in, the dialogue, replies out to a fake Bot
 * Connector.
 */
@SamverkaTest
class TeamsDevModeIntegrationTests {

	static final FakeBotConnector connector = new FakeBotConnector();

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TeamsSender sender;

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@Test
	void answersHelpInSwedishAndInEnglishAfterTheLanguageIsChosen() {
		String chat = "a:personal-" + UUID.randomUUID();
		String user = "u-" + UUID.randomUUID();

		assertThat(say(message(connector.url(), chat, "personal", user, "hjälp")).readable())
			.contains("Samverka – det här kan jag");
		assertThat(say(message(connector.url(), chat, "personal", user, "language en")).readable())
			.isEqualTo("I'll talk to you in English now.");
		assertThat(say(message(connector.url(), chat, "personal", user, "help")).readable())
			.contains("Samverka – what I can do");
	}

	@Test
	void repliesInTheThreadOfTheActivityAtTheServiceUrl() {
		String chat = "a:thread-" + UUID.randomUUID();
		ObjectNode activity = message(connector.url(), chat, "personal", "u-" + UUID.randomUUID(), "hjälp");

		Posted reply = say(activity);

		assertThat(reply.path()).isEqualTo("/v3/conversations/" + chat + "/activities/" + activity.get("id").asText());
		assertThat(reply.authorization()).as("no bot token in dev mode").isNull();
		assertThat(reply.activity().path("replyToId").asText()).isEqualTo(activity.get("id").asText());
		assertThat(reply.activity().path("from").path("id").asText()).isEqualTo(TeamsActivities.BOT_ID);
	}

	@Test
	void createsANetworkFromAChannelMentionAndShowsTheInviteCodeOnAValidCard() {
		String channel = "19:team-" + UUID.randomUUID() + "@thread.tacv2";

		Posted reply = say(
				mentioning(connector.url(), channel, "u-" + UUID.randomUUID(), "network create Barnens bästa"));

		JsonNode attachment = reply.activity().path("attachments").path(0);
		assertThat(attachment.path("contentType").asText()).isEqualTo(ReplyActivities.CARD_CONTENT_TYPE);
		AdaptiveCardSchema.assertValid(attachment.path("content"));
		assertThat(reply.readable()).contains("Nätverket ”Barnens bästa” är skapat");
		assertThat(inviteCode(reply)).matches("[A-Z0-9]{4,}");
		assertThat(reply.activity().path("summary").asText()).contains("Barnens bästa");
		assertThat(mongo.count(Query.query(Criteria.where("name").is("Barnens bästa")), "networks")).isEqualTo(1);
	}

	@Test
	void actsOnceWhenTeamsRedeliversTheSameActivity() {
		String chat = "a:dup-" + UUID.randomUUID();
		ObjectNode activity = message(connector.url(), chat, "personal", "u-" + UUID.randomUUID(), "hjälp");

		assertThat(post(port, activity, null).statusCode()).isEqualTo(200);
		assertThat(post(port, activity, null).statusCode()).isEqualTo(200);

		assertThat(connector.postedTo(chat)).hasSize(1);
		String dedupKey = "teams:" + chat + ":" + activity.get("id").asText();
		assertThat(mongo.count(Query.query(Criteria.where("dedupKey").is(dedupKey)), "transcript")).isEqualTo(1);
	}

	@Test
	void answersAnUnknownCommandAndAHugeMessageKindly() {
		String chat = "a:bad-" + UUID.randomUUID();
		String user = "u-" + UUID.randomUUID();

		assertThat(say(message(connector.url(), chat, "personal", user, "dansa")).readable())
			.isEqualTo("Jag förstår inte ”dansa”. Skriv hjälp för att se vad jag kan.");
		assertThat(say(message(connector.url(), chat, "personal", user, "x".repeat(30_000))).readable())
			.contains("30000")
			.contains("28000");
	}

	@Test
	void aCardButtonRunsItsCommand() {
		String chat = "a:button-" + UUID.randomUUID();
		ObjectNode submit = message(connector.url(), chat, "personal", "u-" + UUID.randomUUID(), null);
		submit.remove("text");
		submit.putObject("value").put("command", "hjälp");

		assertThat(say(submit).readable()).contains("Samverka – det här kan jag");
	}

	@Test
	void anExecuteActionIsAnsweredWithinTheInvokeAndItsReplyIsPosted() throws Exception {
		String chat = "a:invoke-" + UUID.randomUUID();
		ObjectNode invoke = message(connector.url(), chat, "personal", "u-" + UUID.randomUUID(), null);
		invoke.put("type", "invoke").put("name", "adaptiveCard/action").remove("text");
		ObjectNode action = invoke.putObject("value").put("trigger", "manual").putObject("action");
		action.put("type", "Action.Execute").put("verb", "network create");
		action.putObject("data").put("name", "Invoknätverket");

		HttpResponse<String> response = post(port, invoke, null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = new ObjectMapper().readTree(response.body());
		assertThat(body.path("statusCode").asInt()).isEqualTo(200);
		assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
		assertThat(connector.await(p -> p.conversationId().equals(chat)).readable())
			.contains("Nätverket ”Invoknätverket” är skapat");
	}

	@Test
	void aDialogFetchWithoutOneOfOurFormsIsAnsweredKindlyAndPostsNothing() throws Exception {
		String chat = "a:fetch-" + UUID.randomUUID();
		ObjectNode fetch = message(connector.url(), chat, "personal", "u-" + UUID.randomUUID(), null);
		fetch.put("type", "invoke").put("name", "task/fetch").remove("text");
		fetch.putObject("value")
			.putObject("data")
			.put("command", "meeting create")
			.putObject("msteams")
			.put("type", "task/fetch");

		HttpResponse<String> response = post(port, fetch, null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = new ObjectMapper().readTree(response.body());
		assertThat(body.at("/task/type").asText()).isEqualTo("message");
		assertThat(body.at("/task/value").asText()).isEqualTo("Den knappen känner jag inte igen.");
		assertThat(connector.postedTo(chat)).isEmpty();
	}

	@Test
	void ignoresConversationUpdatesButGreetsWhenTheBotIsAdded() {
		String chat = "19:added-" + UUID.randomUUID();
		ObjectNode update = message(connector.url(), chat, "channel", "u-" + UUID.randomUUID(), null);
		update.put("type", "conversationUpdate").remove("text");
		update.putArray("membersAdded").addObject().put("id", "29:someone-else");
		assertThat(post(port, update, null).statusCode()).isEqualTo(200);

		update.put("id", "act-" + UUID.randomUUID());
		update.putArray("membersAdded").addObject().put("id", TeamsActivities.BOT_ID);
		assertThat(post(port, update, null).statusCode()).isEqualTo(200);

		assertThat(connector.postedTo(chat)).hasSize(1);
		assertThat(connector.postedTo(chat).get(0).readable()).contains("Skriv hjälp");
	}

	@Test
	void announcesAJoinInTheNetworksHomeChannelProactively() {
		String home = "19:home-" + UUID.randomUUID() + "@thread.tacv2";
		String code = inviteCode(
				say(mentioning(connector.url(), home, "org-" + UUID.randomUUID(), "nätverk skapa Proaktiva")));
		String otherChat = "a:joiner-" + UUID.randomUUID();

		say(message(connector.url(), otherChat, "personal", "joiner", "gå med " + code + " Polisen Kronoberg"));

		Posted announcement = connector
			.await(p -> p.conversationId().equals(home) && p.readable().contains("Polisen Kronoberg"));
		assertThat(announcement.path()).isEqualTo("/v3/conversations/" + home + "/activities");
		assertThat(announcement.readable()).contains("Proaktiva");
	}

	@Test
	void refusesAStoredReferenceWhoseHostIsNotAllowed() {
		String reference = "{\"serviceUrl\":\"https://connector.attacker.example/\",\"channelId\":\"msteams\","
				+ "\"conversation\":{\"id\":\"19:stolen\"},\"bot\":{\"id\":\"28:samverka-bot\"}}";
		KnownConversation target = new KnownConversation("teams:t:19:stolen", Channel.TEAMS, "t", "19:stolen",
				ConversationKind.GROUP, reference, Instant.now());

		assertThatThrownBy(() -> sender.send(target, Message.text("hej"))).isInstanceOf(DeliveryFailed.class)
			.hasMessageContaining("not allowed");
	}

	@Test
	void marksAConversationUnreachableWhenTheConnectorSaysForbidden() {
		String chat = "19:blocked-" + UUID.randomUUID();
		connector.answer(chat, 403);
		String reference = "{\"serviceUrl\":\"" + connector.url() + "\",\"channelId\":\"msteams\","
				+ "\"conversation\":{\"id\":\"" + chat + "\"},\"bot\":{\"id\":\"28:samverka-bot\"}}";
		KnownConversation target = new KnownConversation("k", Channel.TEAMS, "t", chat, ConversationKind.GROUP,
				reference, Instant.now());

		assertThatThrownBy(() -> sender.send(target, Message.text("hej"))).isInstanceOfSatisfying(DeliveryFailed.class,
				ex -> assertThat(ex.unreachable()).isTrue());
		assertThat(connector.postedTo(chat)).hasSize(1);
	}

	@Test
	void postsOnlyOnceWhenTheConnectorFailsBecauseATeamsPostHasNoIdempotencyKey() {
		String chat = "19:flaky-" + UUID.randomUUID();
		connector.answer(chat, 503);
		String reference = "{\"serviceUrl\":\"" + connector.url() + "\",\"channelId\":\"msteams\","
				+ "\"conversation\":{\"id\":\"" + chat + "\"},\"bot\":{\"id\":\"28:samverka-bot\"}}";
		KnownConversation target = new KnownConversation("k", Channel.TEAMS, "t", chat, ConversationKind.GROUP,
				reference, Instant.now());

		assertThatThrownBy(() -> sender.send(target, Message.text("påminnelse"))).isInstanceOfSatisfying(
				DeliveryFailed.class, ex -> assertThat(ex.unreachable()).as("worth retrying later").isFalse());
		assertThat(connector.postedTo(chat)).hasSize(1);
	}

	private Posted say(ObjectNode activity) {
		String conversation = activity.path("conversation").path("id").asText();
		int before = connector.postedTo(conversation).size();
		HttpResponse<String> response = post(port, activity, null);
		assertThat(response.statusCode()).isEqualTo(200);
		var replies = connector.postedTo(conversation);
		assertThat(replies).as("a reply to %s", activity.path("text").asText()).hasSizeGreaterThan(before);
		return replies.get(replies.size() - 1);
	}

	private static String inviteCode(Posted reply) {
		Matcher m = Pattern.compile("Inbjudningskod: (\\S+)").matcher(reply.readable());
		assertThat(m.find()).as("invite code in %s", reply.readable()).isTrue();
		return m.group(1);
	}

}
