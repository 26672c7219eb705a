package se.samverka.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.message;

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
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.TeamsActivities;

/**
 * Digests in Teams, in local dev mode against a fake Bot Connector: the steering channel
 * gets the Monday digest once as schema-valid Adaptive Cards with participation drawn as
 * bars, and an organiser's preview typed in a channel goes to their personal chat
 * instead.
 */
@SamverkaTest
class DigestsInTeamsIntegrationTests {

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

	final String channel = "19:home-" + UUID.randomUUID() + "@thread.tacv2";

	final String steering = "19:steering-" + UUID.randomUUID() + "@thread.tacv2";

	final String bosChat = "a:bo-" + UUID.randomUUID();

	@BeforeEach
	void aWednesday() {
		clock.set(Instant.parse("2026-03-18T12:00:00Z"));
	}

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@Test
	void theSteeringChannelGetsTheDigestOnceAsValidCardsWithBars() {
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa Teamsrapport")));
		say(message(connector.url(), bosChat, "personal", bo, "gå med " + code + " Polisen"));
		assertThat(say(mentioning(connector.url(), steering, anna, "styrgrupp här")).readable())
			.contains("styrgruppens sammanfattningar");

		assertThat(say(mentioning(connector.url(), steering, anna, "lägesrapport förhandsvisa")).readable())
			.contains("skickad till dig i din personliga chatt");
		Posted preview = connector.await(p -> p.method().equals("POST") && p.readable().contains("Förhandsvisning")
				&& !p.conversationId().equals(steering));
		assertThat(preview.conversationId()).isNotEqualTo(channel);

		clock.set(Instant.parse("2026-03-23T07:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		Posted digest = connector.await(p -> p.method().equals("POST") && p.conversationId().equals(steering)
				&& p.readable().contains("Vecka 13"));
		BackgroundWork.runDue(runner, mongo);
		assertThat(connector.postedTo(steering)).filteredOn(p -> p.readable().contains("Vecka 13")).hasSize(1);
		assertThat(connector.postedTo(channel)).noneMatch(p -> p.readable().contains("Vecka 13"));

		List<JsonNode> cards = new ArrayList<>();
		digest.activity().path("attachments").forEach(a -> cards.add(a.path("content")));
		assertThat(cards).isNotEmpty();
		cards.forEach(AdaptiveCardSchema::assertValid);
		String all = cards.toString();
		assertThat(all).contains("Medverkan per organisation")
			.contains("\"ColumnSet\"")
			.contains("\"accent\"")
			.contains("Polisen");
	}

	private Posted say(ObjectNode activity) {
		return TeamsActivities.say(port, connector, activity);
	}

}
