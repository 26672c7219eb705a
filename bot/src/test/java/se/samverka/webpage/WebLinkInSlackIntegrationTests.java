package se.samverka.webpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;
import se.samverka.web.PlaygroundClient;

/**
 * {@code webblänk} in Slack over signed HTTP: a direct message gets a link that opens the
 * member's page; the slash command in a channel answers that the link went by direct
 * message, and it did.
 */
@SamverkaTest
class WebLinkInSlackIntegrationTests {

	static final FakeSlack slack = FakeSlack.shared();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	SignedSlack requests;

	final String anna = "U-anna-" + SignedSlack.next();

	final String bo = "U-bo-" + SignedSlack.next();

	final String home = "C-home-" + SignedSlack.next();

	final String bosDm = "D-bo-" + SignedSlack.next();

	@BeforeEach
	void signer() {
		requests = new SignedSlack(slack, FakeSlack.SECRET, clock::instant, port);
	}

	@Test
	void aDirectMessageGetsAWorkingLinkAndTheChannelOnlyHearsItWasSent() throws Exception {
		String name = "Slackwebb " + SignedSlack.next();
		String code = SignedSlack.inviteCode(requests.command(anna, home, "nätverk skapa " + name));
		requests.directMessage(bo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> SignedSlack.isPost(c, bosDm) && c.param("text").contains("Välkommen"));

		requests.directMessage(bo, bosDm, "webblänk");
		FakeSlack.Call dm = slack.await(c -> SignedSlack.isPost(c, bosDm) && c.param("text").contains("/p/"));
		PageClient.Page page = new PageClient(port).get(link(dm.param("text")));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(name);

		assertThat(requests.command(bo, home, "webblänk"))
			.contains("Jag har skickat länken till din sida till dig i ett privat meddelande.")
			.doesNotContain("/p/");
		// the second link arrives in his direct messages, never in the channel
		// (the same link when the test clock has not moved: it is made from the same
		// time)
		PlaygroundClient.await("a second link in his direct messages",
				() -> slack.count(c -> SignedSlack.isPost(c, bosDm) && c.param("text").contains("/p/")) == 2);
		assertThat(slack.calls).filteredOn(c -> c.path().equals("chat.postMessage") && c.param("channel").equals(home))
			.noneMatch(c -> c.body().contains("/p/"));
	}

	private static String link(String text) {
		Matcher m = WebLinkInThePlaygroundIntegrationTests.LINK.matcher(text);
		assertThat(m.find()).as("a page link in %s", text).isTrue();
		return m.group(1);
	}

}
