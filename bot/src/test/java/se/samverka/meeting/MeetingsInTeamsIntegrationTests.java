package se.samverka.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.cardIn;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.message;
import static se.samverka.teams.TeamsActivities.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.teams.AdaptiveCardSchema;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.TeamsActivities;

/**
 * A meeting day in Teams, in local dev mode against a fake Bot Connector: the organiser
 * pastes the agenda in the network's channel, the agenda card is posted there proactively
 * and later replaced in place (a PUT to the id the connector gave it), the group-work
 * question arrives when the test moves the clock, and members ask what is going on now.
 */
@SamverkaTest
class MeetingsInTeamsIntegrationTests {

	static final String AGENDA = """
			Nätverksträff 2 – Barnens bästa gäller!
			2026-03-25 Digitalt via Teams
			09:00 Välkommen | Ann-Christine Andersson, Tony Andersson
			09:30 Grupparbete: Roller & mandat (30 min) | Ann-Christine & Tony
			  Förväntningar på oss inom vår egen enhet/verksamhet
			10:00-10:15 Paus
			10:15 Tack för idag""";

	static final String ENGLISH_AGENDA = """
			Network meeting 3 – For the child's best
			2026-03-25 Online in Teams
			09:00 Welcome | Anna Andersson
			09:30 Group work: Roles and mandates (30 min)
			  What do we expect of ourselves in our own unit?
			10:00 Break
			10:15 Thank you for today""";

	static final FakeBotConnector connector = new FakeBotConnector();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	final String anna = "anna-" + UUID.randomUUID();

	final String bo = "bo-" + UUID.randomUUID();

	final String channel = "19:meeting-" + UUID.randomUUID() + "@thread.tacv2";

	final String bosChat = "a:bo-" + UUID.randomUUID();

	@BeforeEach
	void beforeTheMeeting() {
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
	}

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@Test
	void aCancelledMeetingsCardIsMarkedInPlaceAndItsQuestionsAreWithdrawn() {
		inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa Inställt")));
		say(mentioning(connector.url(), channel, anna, "möte skapa\n" + AGENDA));
		Posted card = connector.await(p -> p.method().equals("POST") && p.conversationId().equals(channel)
				&& p.readable().contains("Roller & mandat"));
		assertThat(say(mentioning(connector.url(), channel, anna, "möte lista")).readable())
			.contains("#1 · 2026-03-25");

		assertThat(say(mentioning(connector.url(), channel, anna, "möte ställ in 1")).readable())
			.contains("är inställt");

		Posted update = connector.await(p -> p.method().equals("PUT") && p.conversationId().equals(channel)
				&& p.readable().contains("Mötet är inställt"));
		assertThat(update.path()).isEqualTo("/v3/conversations/" + channel + "/activities/" + card.answeredId());
		AdaptiveCardSchema.assertValid(cardIn(update));
		assertThat(say(mentioning(connector.url(), channel, anna, "möte lista")).readable()).contains("(inställt)");

		clock.set(Instant.parse("2026-03-25T08:30:00Z"));
		BackgroundWork.runDue(runner, mongo);
		assertThat(connector.postedTo(channel)).noneMatch(p -> p.readable().contains("Till 10:00"));
	}

	@Test
	void anOrganiserPlansAMeetingInAChannelAndTheDayRunsThere() {
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa Kronoberg")));
		say(message(connector.url(), bosChat, "personal", bo, "gå med " + code + " Polisen"));

		Posted planned = say(mentioning(connector.url(), channel, anna, "möte skapa\n" + AGENDA));
		assertThat(planned.readable()).contains("Möte 1 är planerat");
		Posted card = connector.await(p -> p.method().equals("POST") && p.conversationId().equals(channel)
				&& p.readable().contains("Roller & mandat"));
		assertThat(card.path()).as("a proactive post, not a reply")
			.isEqualTo("/v3/conversations/" + channel + "/activities");
		assertThat(card.readable()).contains("09:30–10:00").contains("Ann-Christine & Tony");
		AdaptiveCardSchema.assertValid(cardIn(card));

		Posted edited = say(mentioning(connector.url(), channel, anna,
				"möte ändra 1\n" + AGENDA.replace("Tack för idag", "Avslutning")));
		assertThat(edited.readable()).contains("Möte 1").contains("1 kort som redan skickats har uppdaterats");
		Posted update = connector.await(p -> p.method().equals("PUT") && p.conversationId().equals(channel));
		assertThat(update.path()).isEqualTo("/v3/conversations/" + channel + "/activities/" + card.answeredId());
		assertThat(update.activity().path("id").asText()).isEqualTo(card.answeredId());
		assertThat(update.readable()).contains("Avslutning").contains("version 2");
		AdaptiveCardSchema.assertValid(cardIn(update));

		clock.set(Instant.parse("2026-03-25T08:30:00Z")); // 09:30 in Stockholm
		BackgroundWork.runDue(runner, mongo);
		// The card holds the question too; the prompt is the message that says until
		// when.
		Posted prompt = connector.await(p -> p.conversationId().equals(channel) && p.readable().contains("Till 10:00")
				&& p.readable().contains("Förväntningar på oss inom vår egen enhet"));
		assertThat(prompt.method()).isEqualTo("POST");
		assertThat(prompt.path()).isEqualTo("/v3/conversations/" + channel + "/activities");
		assertThat(prompt.readable()).contains("Grupparbete: Roller & mandat")
			.doesNotContain("Grupparbete: Grupparbete");

		assertThat(say(message(connector.url(), bosChat, "personal", bo, "nu")).readable())
			.contains("Nu: 09:30–10:00 Grupparbete: Roller & mandat")
			.contains("Sedan: 10:00–10:15 Paus");
	}

	@Test
	void aWholeAgendaPastedFromTheSlidesIsPlannedWithItsSectionsOnTheCard() {
		String agenda = SeedAgendas.realSized();
		inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa Hela bildspelet")));

		assertThat(say(mentioning(connector.url(), channel, anna, "möte skapa\n" + agenda)).readable())
			.contains("Möte 1 är planerat");

		Posted card = connector.await(p -> p.method().equals("POST") && p.conversationId().equals(channel)
				&& p.readable().contains("Del 2 - målbild"));
		JsonNode content = cardIn(card);
		AdaptiveCardSchema.assertValid(content);
		assertThat(card.activity().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
			.isLessThanOrEqualTo(se.samverka.teams.AgendaLimitsTeamsUnitTests.TEAMS_MESSAGE_BYTES);
		java.util.List<JsonNode> body = new java.util.ArrayList<>();
		content.path("body").forEach(body::add);
		assertThat(body).filteredOn(e -> e.path("weight").asText().equals("Bolder"))
			.extracting(e -> e.path("text").asText())
			.contains("Del 1 - tester", "Del 2 - målbild");
		// each question is a subtle TextBlock of its own, never inside a fact with the
		// title
		assertThat(body).filteredOn(e -> e.path("type").asText().equals("FactSet"))
			.flatExtracting(e -> e.path("facts").findValuesAsText("value"))
			.contains("Grupparbete: Dialoger i grupper - Roller & mandat – Ann-Christine, Tony")
			.allSatisfy(value -> assertThat(value).doesNotContain("\n"));
		// the date, the three group-work questions, the footer
		assertThat(body).filteredOn(e -> e.path("isSubtle").asBoolean()).hasSize(5);
	}

	@Test
	void theCalendarLinkIsAnsweredInTheTurnAndOpens() throws Exception {
		say(mentioning(connector.url(), channel, anna, "nätverk skapa Kalenderlänk"));
		say(mentioning(connector.url(), channel, anna, "möte skapa\n" + AGENDA));

		String answer = say(mentioning(connector.url(), channel, anna, "meeting ics")).readable();

		assertThat(answer).contains("Kalenderfil för möte 1");
		Matcher link = Pattern.compile("(/calendar/[0-9a-f-]+\\.ics\\?sig=[A-Za-z0-9_-]+)").matcher(answer);
		assertThat(link.find()).as(answer).isTrue();
		HttpResponse<String> file = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + link.group(1))).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).contains("BEGIN:VCALENDAR");
	}

	@Test
	void aMemberWhoIsNotAnOrganiserIsRefusedAndNothingIsPosted() {
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa Rollerna")));
		say(message(connector.url(), bosChat, "personal", bo, "gå med " + code + " Skolan"));
		// the join announcement is posted in the background: count after it has arrived
		connector.await(p -> p.conversationId().equals(channel) && p.readable().contains("har gått med"));
		int postedBefore = connector.postedTo(channel).size();

		assertThat(say(message(connector.url(), bosChat, "personal", bo, "möte skapa\n" + AGENDA)).readable())
			.contains("Bara nätverkets arrangörer");
		assertThat(say(message(connector.url(), bosChat, "personal", bo, "nu")).readable())
			.contains("inget kommande möte");
		assertThat(connector.postedTo(channel)).hasSize(postedBefore);
	}

	@Test
	void anEnglishSpeakingOrganiserPlansAMeetingInEnglish() {
		say(mentioning(connector.url(), channel, anna, "language en"));
		say(mentioning(connector.url(), channel, anna, "network create Kronoberg in English"));

		Posted planned = say(mentioning(connector.url(), channel, anna, "meeting create\n" + ENGLISH_AGENDA));

		assertThat(planned.readable()).contains("Meeting 1 is planned").contains("Network meeting 3");
		Posted card = connector
			.await(p -> p.method().equals("POST") && p.path().equals("/v3/conversations/" + channel + "/activities")
					&& p.readable().contains("Roles and mandates"));
		AdaptiveCardSchema.assertValid(cardIn(card));
		assertThat(say(mentioning(connector.url(), channel, anna, "meeting ics")).readable())
			.contains("Calendar file for meeting 1")
			.contains("/calendar/");
	}

	@Test
	void withoutAnAgendaTheOrganiserWritesItInADialogAndTheMeetingIsPlanned() throws Exception {
		say(mentioning(connector.url(), channel, anna, "nätverk skapa Formuläret"));

		Posted form = say(mentioning(connector.url(), channel, anna, "möte skapa"));
		AdaptiveCardSchema.assertValid(cardIn(form));
		JsonNode opener = find(cardIn(form), "Action.Submit").path("data");
		assertThat(opener.at("/msteams/type").asText()).isEqualTo("task/fetch");

		JsonNode dialog = invoke("task/fetch", opener);
		assertThat(dialog.at("/task/type").asText()).isEqualTo("continue");
		assertThat(dialog.at("/task/value/title").asText()).isEqualTo("Nytt möte");
		JsonNode dialogCard = dialog.at("/task/value/card/content");
		AdaptiveCardSchema.assertValid(dialogCard);
		JsonNode input = find(dialogCard, "Input.Text");
		assertThat(input.path("id").asText()).isEqualTo("agenda");
		assertThat(input.path("isMultiline").asBoolean()).isTrue();
		assertThat(input.path("value").asText()).contains("Grupparbete: Roller & mandat");

		// Teams sends the dialog button's data with the values of the inputs merged in.
		ObjectNode typed = ((ObjectNode) find(dialogCard, "Action.Submit").path("data").deepCopy()).put("agenda",
				AGENDA.replace("\n", "\r\n").replace("Tack för idag", "Tack för i dag"));
		JsonNode submitted = invoke("task/submit", typed);

		assertThat(submitted.at("/task/type").asText()).isEqualTo("message");
		assertThat(
				connector.await(p -> p.conversationId().equals(channel) && p.readable().contains("Möte 1 är planerat"))
					.readable())
			.contains("Nätverksträff 2");
		Posted agendaCard = connector
			.await(p -> p.method().equals("POST") && p.path().equals("/v3/conversations/" + channel + "/activities")
					&& p.readable().contains("Tack för i dag"));
		assertThat(agendaCard.readable()).contains("09:30–10:00");

		Posted editForm = say(mentioning(connector.url(), channel, anna, "möte ändra 1"));
		JsonNode editDialog = invoke("task/fetch", find(cardIn(editForm), "Action.Submit").path("data"));
		JsonNode editCard = editDialog.at("/task/value/card/content");
		assertThat(find(editCard, "Input.Text").path("value").asText()).contains("Tack för i dag")
			.contains("Förväntningar på oss inom vår egen enhet");
		invoke("task/submit", ((ObjectNode) find(editCard, "Action.Submit").path("data").deepCopy()).put("agenda",
				AGENDA.replace("Tack för idag", "Avslutning")));
		assertThat(connector.await(p -> p.conversationId().equals(channel)
				&& p.readable().contains("1 kort som redan skickats har uppdaterats")))
			.isNotNull();
		assertThat(connector.await(p -> p.method().equals("PUT") && p.conversationId().equals(channel)).path())
			.endsWith("/activities/" + agendaCard.answeredId());
	}

	@Test
	void aDialogSubmittedByAMemberIsRefusedInTheConversation() throws Exception {
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa Dialogroller")));
		say(message(connector.url(), bosChat, "personal", bo, "gå med " + code + " Skolan"));
		ObjectNode data = JsonNodeFactory.instance.objectNode().put("command", "meeting create").put("agenda", AGENDA);

		JsonNode answer = invoke(bosChat, bo, "task/submit", data);

		assertThat(answer.at("/task/type").asText()).isEqualTo("message");
		assertThat(connector
			.await(p -> p.conversationId().equals(bosChat) && p.readable().contains("Bara nätverkets arrangörer")))
			.isNotNull();
		assertThat(connector.postedTo(channel)).noneMatch(p -> p.readable().contains("Roller & mandat"));
	}

	private JsonNode invoke(String name, JsonNode data) throws Exception {
		return invoke(channel, anna, name, data);
	}

	private JsonNode invoke(String conversation, String user, String name, JsonNode data) {
		return TeamsActivities.invoke(port, connector.url(), conversation, user, name, data);
	}

	/** The first element of this type anywhere in the card (body or actions). */
	private static JsonNode find(JsonNode card, String type) {
		JsonNode found = search(card, type);
		assertThat(found).as("a %s in %s", type, card).isNotNull();
		return found;
	}

	private static JsonNode search(JsonNode node, String type) {
		if (node.path("type").asText().equals(type)) {
			return node;
		}
		for (JsonNode child : node) {
			JsonNode found = search(child, type);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private Posted say(ObjectNode activity) {
		return TeamsActivities.say(port, connector, activity);
	}

}
