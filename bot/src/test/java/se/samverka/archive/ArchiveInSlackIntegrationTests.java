package se.samverka.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;

/**
 * {@code archive link} in Slack, end to end over signed HTTP: an organiser's slash
 * command in the network's channel is answered (only to them) that the link went by
 * direct message, the DM holds a link that opens the archive; a steering member who
 * joined in the steering channel gets one in their DM; a participant is refused.
 */
@SamverkaTest
class ArchiveInSlackIntegrationTests {

	static final String SECRET = FakeSlack.SECRET;

	static final FakeSlack slack = FakeSlack.shared();

	static final Pattern LINK = Pattern
		.compile("https?://[^/\\s]+(/archive/[0-9a-f-]{36}\\?t=[0-9]+\\.(?:sv|en)\\.[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	SignedSlack requests;

	final String anna = "U-anna-" + SignedSlack.next();

	final String bo = "U-bo-" + SignedSlack.next();

	final String cia = "U-cia-" + SignedSlack.next();

	final String home = "C-home-" + SignedSlack.next();

	final String steering = "C-steer-" + SignedSlack.next();

	final String bosDm = "D-bo-" + SignedSlack.next();

	final String ciasDm = "D-cia-" + SignedSlack.next();

	@BeforeEach
	void signer() {
		requests = new SignedSlack(slack, SECRET, clock::instant, port);
	}

	@Test
	void organiserGetsTheLinkByDirectMessageSteeringToAndParticipantsAreRefused() throws Exception {
		String name = "Slackarkiv " + SignedSlack.next();
		String code = SignedSlack.inviteCode(requests.command(anna, home, "nätverk skapa " + name));
		requests.directMessage(bo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> SignedSlack.isPost(c, bosDm) && c.param("text").contains("Välkommen"));
		assertThat(requests.command(anna, steering, "styrgrupp här")).contains("styrgrupp");
		assertThat(requests.command(cia, steering, "gå med " + code + " Region Kronoberg")).contains("styrgrupp");

		assertThat(requests.command(anna, home, "arkiv länk"))
			.contains("Jag har skickat länken till arkivet till dig i ett privat meddelande.")
			.doesNotContain("/archive/");
		String annasDm = FakeSlack.directMessageOf(anna);
		FakeSlack.Call dm = slack.await(c -> SignedSlack.isPost(c, annasDm) && c.param("text").contains("/archive/"));
		assertThat(slack.calls).filteredOn(c -> c.path().equals("chat.postMessage") && c.param("channel").equals(home))
			.noneMatch(c -> c.body().contains("/archive/"));
		HttpResponse<String> page = get(link(dm.param("text")));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Arkiv: " + name + "</h1>");

		requests.directMessage(cia, ciasDm, "archive link");
		FakeSlack.Call steeringLink = slack
			.await(c -> SignedSlack.isPost(c, ciasDm) && c.param("text").contains("/archive/"));
		assertThat(get(link(steeringLink.param("text"))).statusCode()).isEqualTo(200);

		requests.directMessage(bo, bosDm, "arkiv länk");
		FakeSlack.Call refused = slack
			.await(c -> SignedSlack.isPost(c, bosDm) && c.param("text").contains("arrangörer och styrgrupp"));
		assertThat(refused.param("text")).doesNotContain("/archive/");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private static String link(String text) {
		Matcher m = LINK.matcher(text);
		assertThat(m.find()).as("an archive link in %s", text).isTrue();
		return m.group(1);
	}

}
