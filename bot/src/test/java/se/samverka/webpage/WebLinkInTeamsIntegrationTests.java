package se.samverka.webpage;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.message;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.SamverkaTest;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.TeamsActivities;

/**
 * {@code webblänk} in Teams against a fake Bot Connector: in the personal chat the reply
 * carries a link that opens the member's page; a form sent from that page is a turn of
 * the same person, and afterwards the bot still reaches them in Teams (a link asked for
 * in the channel arrives in the Teams personal chat, not on the page).
 */
@SamverkaTest
class WebLinkInTeamsIntegrationTests {

	static final FakeBotConnector connector = new FakeBotConnector();

	@LocalServerPort
	int port;

	final String anna = "anna-" + UUID.randomUUID();

	final String bo = "bo-" + UUID.randomUUID();

	final String channel = "19:web-" + UUID.randomUUID() + "@thread.tacv2";

	final String bosChat = "a:bo-" + UUID.randomUUID();

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@Test
	void theLinkInThePersonalChatOpensThePageAndTeamsStillReachesThem() {
		String name = "Teamswebb " + UUID.randomUUID().toString().substring(0, 6);
		String code = TeamsActivities.inviteCode(TeamsActivities.say(port, connector,
				mentioning(connector.url(), channel, anna, "nätverk skapa " + name)));
		answers(message(connector.url(), bosChat, "personal", bo, "gå med " + code + " Polisen"));

		String reply = answers(message(connector.url(), bosChat, "personal", bo, "webblänk"));
		String link = link(reply);
		PageClient page = new PageClient(port);
		PageClient.Page opened = page.get(link);
		assertThat(opened.status()).isEqualTo(200);
		assertThat(opened.body()).contains(name);
		PageClient.Form form = opened.formFor("language");
		assertThat(page.submit(link, form.submit("language", Map.of("language", "en"))).body())
			.contains("Next meeting and agenda");

		assertThat(answers(mentioning(connector.url(), channel, bo, "web link")))
			.contains("I have sent you the link to your page in a private message.");
		Posted privately = connector.await(p -> p.method().equals("POST") && p.path().endsWith("/activities")
				&& p.readable().contains("Your own page"));
		assertThat(privately.conversationId()).isEqualTo(bosChat);
	}

	private static String link(String text) {
		Matcher m = WebLinkInThePlaygroundIntegrationTests.LINK.matcher(text);
		assertThat(m.find()).as("a page link in %s", text).isTrue();
		return m.group(1);
	}

	private String answers(ObjectNode activity) {
		return TeamsActivities.answers(port, connector, activity);
	}

}
