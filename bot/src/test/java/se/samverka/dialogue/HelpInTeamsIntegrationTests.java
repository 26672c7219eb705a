package se.samverka.dialogue;

import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.message;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverka.SamverkaTest;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.TeamsActivities;

/**
 * Help in Teams, in local dev mode against a fake Bot Connector: the reply's text blocks
 * and facts, a line each.
 */
@SamverkaTest
class HelpInTeamsIntegrationTests extends HelpScenario {

	static final FakeBotConnector connector = new FakeBotConnector();

	@LocalServerPort
	int port;

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@Override
	String organiser(String text) {
		return TeamsActivities
			.say(port, connector, mentioning(connector.url(), "19:help-" + run + "@thread.tacv2", "anna-" + run, text))
			.readable();
	}

	@Override
	String participant(String text) {
		return TeamsActivities
			.say(port, connector, message(connector.url(), "a:bo-" + run, "personal", "bo-" + run, text))
			.readable();
	}

}
