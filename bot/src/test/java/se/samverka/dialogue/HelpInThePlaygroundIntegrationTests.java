package se.samverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import se.samverka.SamverkaTest;
import se.samverka.web.PlaygroundClient;

/** Help in the playground: the answer's HTML, a line per heading, paragraph and fact. */
@SamverkaTest
class HelpInThePlaygroundIntegrationTests extends HelpScenario {

	@LocalServerPort
	int port;

	PlaygroundClient client;

	@BeforeEach
	void connect() {
		client = new PlaygroundClient(port);
	}

	@Override
	String organiser(String text) {
		return readable(client.say("anna-" + run, "room-" + run, text).html());
	}

	@Override
	String participant(String text) {
		return readable(client.say("bo-" + run, "dm-bo-" + run, text).html());
	}

	/**
	 * The text a person sees: headings, paragraphs and facts, each on a line; no buttons.
	 */
	static String readable(String html) {
		String text = html.replaceAll("(?s)<div class=\"actions\">.*?</div>", "")
			.replace("</dt><dd>", ": ")
			.replaceAll("<(h3|p|div|dl)[^>]*>", "\n")
			.replaceAll("<[^>]+>", "");
		return HtmlUtils.htmlUnescape(text);
	}

	@Test
	void helpIsInEnglishForThoseWhoChoseIt() {
		client.say("cy-" + run, "dm-cy-" + run, "language en");
		String topic = readable(client.say("cy-" + run, "dm-cy-" + run, "help networks").html());
		assertThat(lines(topic)).isLessThanOrEqualTo(MOST_LINES);
		assertThat(topic).contains("I do not know the topic “networks”").contains("meeting, groups, notes, boards");
		String network = readable(client.say("cy-" + run, "dm-cy-" + run, "help network").html());
		assertThat(lines(network)).isLessThanOrEqualTo(MOST_LINES);
		assertThat(network).contains("Help: network").contains("network create <name>");
	}

	@Test
	void aSteeringMemberIsShownTheArchive() {
		String code = HelpScenario.inviteCodeIn(organiser("nätverk skapa Styrhjälp " + run));
		client.say("anna-" + run, "styr-" + run, "styrgrupp här");
		client.say("cia-" + run, "styr-" + run, "gå med " + code + " Region Kronoberg");
		String help = readable(client.say("cia-" + run, "dm-cia-" + run, "hjälp").html());
		assertThat(lines(help)).isLessThanOrEqualTo(MOST_LINES);
		assertThat(help).contains("arkiv länk").contains("ingen träff är planerad");
	}

}
