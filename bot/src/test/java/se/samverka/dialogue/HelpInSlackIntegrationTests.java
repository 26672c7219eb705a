package se.samverka.dialogue;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import se.samverka.SamverkaTest;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;

/**
 * Help in Slack, as slash commands answered through the response_url: the answer's text,
 * a line per heading, paragraph and fact.
 */
@SamverkaTest
class HelpInSlackIntegrationTests extends HelpScenario {

	static final FakeSlack slack = FakeSlack.shared();

	@LocalServerPort
	int port;

	SignedSlack requests;

	@BeforeEach
	void connect() {
		requests = new SignedSlack(slack, FakeSlack.SECRET, clock::instant, port);
	}

	@Override
	String organiser(String text) throws Exception {
		return HtmlUtils.htmlUnescape(requests.command("U-anna-" + run, "C-home-" + run, text));
	}

	@Override
	String participant(String text) throws Exception {
		return HtmlUtils.htmlUnescape(requests.command("U-bo-" + run, "D-bo-" + run, text));
	}

}
