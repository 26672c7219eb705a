package se.samverka.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.all;
import static se.samverka.teams.TeamsActivities.cardIn;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.message;
import static se.samverka.teams.TeamsActivities.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.teams.AdaptiveCardSchema;
import se.samverka.teams.AgendaLimitsTeamsUnitTests;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.TeamsActivities;

/**
 * Date polls in Teams, in local dev mode against a fake Bot Connector: the poll card is
 * posted in the network's channel (valid Adaptive Card 1.5), its buttons vote
 * (Action.Submit posted back as a message), the card is replaced in place (a PUT) with
 * the new tally at the next five-second mark, a double click changes nothing, and closing
 * replaces it with the result and no buttons.
 */
@SamverkaTest
class PollsInTeamsIntegrationTests {

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

	final String channel = "19:poll-" + UUID.randomUUID() + "@thread.tacv2";

	final String bosChat = "a:bo-" + UUID.randomUUID();

	@BeforeEach
	void beforeTheVote() {
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
	}

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@Test
	void thePollCardVotesWithItsButtonsAndIsReplacedInPlaceUntilItCloses() {
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa Teamsomröstningen")));
		say(message(connector.url(), bosChat, "personal", bo, "gå med " + code + " Polisen"));

		send(mentioning(connector.url(), channel, anna,
				"omröstning Nästa träff | 2026-09-29 | 2026-09-29–30 | 2026-10-01 | deadline 2026-04-01 12:00"));
		Posted card = connector
			.await(p -> p.method().equals("POST") && p.path().equals("/v3/conversations/" + channel + "/activities")
					&& p.readable().contains("Nästa träff") && p.readable().contains("ingen har röstat än"));
		JsonNode posted = cardIn(card);
		AdaptiveCardSchema.assertValid(posted);
		assertThat(card.readable()).contains("Sista dag: 1 april 2026 12:00 (Europe/Stockholm)")
			.contains("1. 2026-09-29 (tisdag)")
			.contains("2. 2026-09-29–30 (tisdag–onsdag)");
		List<JsonNode> buttons = all(posted, "Action.Submit");
		assertThat(buttons).hasSize(9);
		String yesOnTwo = command(buttons, " 2 yes");
		assertThat(yesOnTwo).as("the button carries the poll's network").matches("@[0-9a-f-]+ vote \\d+ 2 yes");
		String poll = yesOnTwo.split(" ")[2];

		// Bo presses "Ja" under option 2 in the channel, twice (a double click), and
		// answers option 1 by text.
		press(channel, bo, yesOnTwo);
		press(channel, bo, yesOnTwo);
		say(message(connector.url(), bosChat, "personal", bo, "rösta " + poll + " 1 kanske"));

		clock.set(clock.instant().plusSeconds(5));
		BackgroundWork.runDue(runner, mongo);
		Posted update = connector.await(p -> p.method().equals("PUT") && p.conversationId().equals(channel)
				&& p.readable().contains("en person har röstat"));
		assertThat(update.path()).isEqualTo("/v3/conversations/" + channel + "/activities/" + card.answeredId());
		AdaptiveCardSchema.assertValid(cardIn(update));
		assertThat(update.readable()).contains("2. 2026-09-29–30 (tisdag–onsdag)\n▇▇▇▇▇▇▇▇▇▇  ja 1 · om det behövs 0")
			.contains("1. 2026-09-29 (tisdag)\n▇▇▇▇▇▁▁▁▁▁  ja 0 · om det behövs 1");

		send(mentioning(connector.url(), channel, anna, "omröstning stäng " + poll));
		Posted closed = connector.await(p -> p.method().equals("PUT") && p.conversationId().equals(channel)
				&& p.readable().contains("Omröstningen är stängd. Resultat: 2."));
		assertThat(closed.path()).isEqualTo(update.path());
		AdaptiveCardSchema.assertValid(cardIn(closed));
		assertThat(all(cardIn(closed), "Action.Submit")).isEmpty();

		// Once more at the next mark, so a refresh begun elsewhere before closing cannot
		// leave the open card.
		clock.set(clock.instant().plusSeconds(5));
		BackgroundWork.runDue(runner, mongo);
		org.awaitility.Awaitility.await("the closed card stays the last version")
			.during(java.time.Duration.ofSeconds(3))
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> connector.postedTo(channel)
				.stream()
				.filter(p -> p.method().equals("PUT"))
				.reduce((a, b) -> b)
				.orElseThrow()
				.readable()
				.contains("Omröstningen är stängd. Resultat: 2."));
	}

	@Test
	void theLongestPollThatCanBeCreatedIsPostedAsValidCardsWithinTeamsSize() {
		say(mentioning(connector.url(), channel, anna, "nätverk skapa Teamslånga"));
		StringBuilder poll = new StringBuilder("omröstning Vilken heldag passar bäst för alla organisationer i länet?");
		for (int i = 1; i <= 25; i++) {
			poll.append(" | Alternativ ")
				.append(i)
				.append(": ")
				.append("heldag i Växjö om samverkan skola & socialtjänst ".repeat(3), 0, 135);
		}
		send(mentioning(connector.url(), channel, anna, poll.toString()));

		Posted last = connector
			.await(p -> p.method().equals("POST") && p.path().equals("/v3/conversations/" + channel + "/activities")
					&& p.readable().contains("Alternativ 25: "));
		// the cards may arrive in any order: wait until every option's buttons are there
		await("all the poll's cards").untilAsserted(() -> {
			List<Posted> cards = connector.postedTo(channel)
				.stream()
				.filter(p -> p.path().equals(last.path()) && p.readable().contains("heldag i Växjö"))
				.toList();
			List<String> commands = new ArrayList<>();
			for (Posted card : cards) {
				assertThat(card.activity().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
					.isLessThanOrEqualTo(AgendaLimitsTeamsUnitTests.TEAMS_MESSAGE_BYTES);
				AdaptiveCardSchema.assertValid(cardIn(card));
				all(cardIn(card), "Action.Submit").forEach(b -> commands.add(b.path("data").path("command").asText()));
			}
			assertThat(commands).hasSize(75).doesNotHaveDuplicates();
		});
	}

	@Test
	void theSeedsSwedishDateOptionsCloseAndPlanTheNextMeetingInTeams() {
		String name = "Teamsdatum " + UUID.randomUUID();
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa " + name)));
		say(message(connector.url(), bosChat, "personal", bo, "gå med " + code + " Polisen"));

		Posted created = say(mentioning(connector.url(), channel, anna,
				"omröstning Nästa träff | 29 sep | 30 sep | 1 okt | deadline 1/4 kl 12"));
		assertThat(created.readable()).contains("30 sep – onsdag 30 september 2026")
			.contains("det som vinner blir nästa träff")
			.contains("stänger av sig själv onsdag 1 april 2026 kl. 12:00");
		String network = PollDocuments.networkNamed(mongo, name);
		int poll = PollDocuments.firstPollNumber(mongo, network);
		assertThat(say(message(connector.url(), bosChat, "personal", bo, "rösta " + poll + " 2 ja")).readable())
			.contains("(30 sep)");

		clock.set(Instant.parse("2026-04-01T10:00:01Z"));
		BackgroundWork.runDue(runner, mongo);

		Posted result = connector.await(p -> p.method().equals("POST") && p.conversationId().equals(channel)
				&& p.readable().contains("Resultat av omröstning"));
		assertThat(result.readable()).contains("Det blev 30 sep")
			.contains("Nästa träff (möte 1) är inlagd onsdag 30 september 2026");
		assertThat(PollDocuments.firstMeetingStart(mongo, network)).isEqualTo(Instant.parse("2026-09-30T07:00:00Z"));
	}

	private static String command(List<JsonNode> buttons, String ending) {
		return buttons.stream()
			.map(b -> b.path("data").path("command").asText())
			.filter(c -> c.endsWith(ending))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * A card button pressed: Teams posts the button's data back as the message's value,
	 * without text.
	 */
	private void press(String conversation, String user, String command) {
		ObjectNode pressed = message(connector.url(), conversation, "channel", user, null);
		pressed.remove("text");
		pressed.putObject("value").put("command", command);
		assertThat(post(port, pressed, null).statusCode()).isEqualTo(200);
	}

	/** Sends without waiting for a reply: the poll's card may be all that is said. */
	private void send(ObjectNode activity) {
		assertThat(post(port, activity, null).statusCode()).isEqualTo(200);
	}

	private Posted say(ObjectNode activity) {
		return TeamsActivities.say(port, connector, activity);
	}

}
