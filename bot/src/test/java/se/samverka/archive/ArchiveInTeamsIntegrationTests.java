package se.samverka.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.message;
import static se.samverka.teams.TeamsActivities.post;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.SamverkaTest;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.FakeBotConnector;

/**
 * {@code archive link} in Teams, in local dev mode against a fake Bot Connector: an
 * organiser asking in the network's channel gets the link in a personal chat the bot
 * opens (the channel only hears that it was sent) and it opens the archive; a steering
 * member who joined in the steering channel gets one; a participant is refused.
 */
@SamverkaTest
class ArchiveInTeamsIntegrationTests {

	static final FakeBotConnector connector = new FakeBotConnector();

	static final Pattern LINK = Pattern
		.compile("https?://[^/\\s]+(/archive/[0-9a-f-]{36}\\?t=[0-9]+\\.(?:sv|en)\\.[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	final String anna = "anna-" + UUID.randomUUID();

	final String bo = "bo-" + UUID.randomUUID();

	final String cia = "cia-" + UUID.randomUUID();

	final String channel = "19:archive-" + UUID.randomUUID() + "@thread.tacv2";

	final String steeringChannel = "19:steering-" + UUID.randomUUID() + "@thread.tacv2";

	final String bosChat = "a:bo-" + UUID.randomUUID();

	final String ciasChat = "a:cia-" + UUID.randomUUID();

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@Test
	void organiserGetsTheLinkInAPersonalChatSteeringToAndParticipantsAreRefused() throws Exception {
		String name = "Teamsarkiv " + UUID.randomUUID().toString().substring(0, 6);
		String code = inviteCode(answers(mentioning(connector.url(), channel, anna, "nätverk skapa " + name)));
		answers(message(connector.url(), bosChat, "personal", bo, "gå med " + code + " Polisen"));
		assertThat(answers(mentioning(connector.url(), steeringChannel, anna, "styrgrupp här"))).contains("styrgrupp");
		assertThat(answers(mentioning(connector.url(), steeringChannel, cia, "gå med " + code + " Region Kronoberg")))
			.contains("styrgrupp");

		assertThat(answers(mentioning(connector.url(), channel, anna, "arkiv länk")))
			.contains("Jag har skickat länken till arkivet till dig i ett privat meddelande.")
			.doesNotContain("/archive/");
		Posted privately = connector.await(p -> p.method().equals("POST") && p.path().endsWith("/activities")
				&& p.readable().contains("/archive/"));
		assertThat(privately.conversationId()).isNotEqualTo(channel).isNotEqualTo(steeringChannel);
		assertThat(connector.postedTo(channel)).noneMatch(p -> p.readable().contains("/archive/"));
		HttpResponse<String> page = get(link(privately.readable()));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Arkiv: " + name + "</h1>");

		String steering = answers(message(connector.url(), ciasChat, "personal", cia, "archive link"));
		assertThat(get(link(steering)).statusCode()).isEqualTo(200);

		assertThat(answers(message(connector.url(), bosChat, "personal", bo, "arkiv länk")))
			.contains("är till för nätverkets arrangörer och styrgrupp")
			.doesNotContain("/archive/");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private static String link(String text) {
		Matcher m = LINK.matcher(text);
		assertThat(m.find()).as("an archive link in %s", text).isTrue();
		return m.group(1);
	}

	/** Everything answered to the activity, as readable text. */
	private String answers(ObjectNode activity) {
		String conversation = activity.path("conversation").path("id").asText();
		String replyPath = "/v3/conversations/" + conversation + "/activities/" + activity.get("id").asText();
		assertThat(post(port, activity, null).statusCode()).isEqualTo(200);
		List<Posted> replies = connector.postedTo(conversation)
			.stream()
			.filter(p -> p.path().equals(replyPath))
			.toList();
		assertThat(replies).as("a reply to %s", activity.path("text").asText()).isNotEmpty();
		return String.join("\n", replies.stream().map(Posted::readable).toList());
	}

	private static String inviteCode(String reply) {
		Matcher m = Pattern.compile("(?:Inbjudningskod|Invite code): (\\S+)").matcher(reply);
		assertThat(m.find()).as("invite code in %s", reply).isTrue();
		return m.group(1);
	}

}
