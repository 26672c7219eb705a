package se.samverka.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverka.SamverkaTest;
import se.samverka.web.PlaygroundClient;

/**
 * {@code arkiv länk} in the playground, over HTTP: an organiser asking in a shared room
 * gets the link in their personal room (the shared room only hears that it was sent), and
 * it opens the archive; a steering member gets one in their personal room; a participant
 * is refused and gets no link.
 */
@SamverkaTest
class ArchiveInThePlaygroundIntegrationTests {

	static final Pattern LINK = Pattern
		.compile("https?://[^/\\s\"<]+(/archive/[0-9a-f-]{36}\\?t=[0-9]+\\.(?:sv|en)\\.[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	PlaygroundClient client;

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + suffix;

	final String bo = "bo-" + suffix;

	final String cia = "cia-" + suffix;

	final String room = "arkiv-" + suffix;

	final String steering = "styr-" + suffix;

	@BeforeEach
	void network() {
		client = new PlaygroundClient(port);
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa Arkiv " + suffix));
		client.say(bo, "dm-" + bo, "gå med " + code + " Polisen");
		assertThat(client.say(anna, steering, "styrgrupp här").html()).contains("styrgruppens sammanfattningar");
		assertThat(client.say(cia, steering, "gå med " + code + " Region Kronoberg").html()).contains("styrgrupp");
	}

	@Test
	void organiserInASharedRoomGetsTheLinkPrivately() throws InterruptedException {
		String reply = client.say(anna, room, "arkiv länk").html();
		assertThat(reply).contains("Jag har skickat länken till arkivet till dig i ett privat meddelande.")
			.doesNotContain("/archive/");
		String link = awaitLinkIn("dm-" + anna, anna);
		HttpResponse<String> page = client.getRaw(link);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Arkiv: Arkiv " + suffix + "</h1>");
		assertThat(client.get("/playground/api/rooms/" + room + "/history?browserId=" + anna).raw())
			.as("the shared room never sees the link")
			.doesNotContain("/archive/");
	}

	@Test
	void steeringMemberGetsALinkAndAParticipantIsRefused() {
		String steeringReply = client.say(cia, "dm-" + cia, "archive link").html();
		Matcher link = LINK.matcher(steeringReply);
		assertThat(link.find()).as(steeringReply).isTrue();
		assertThat(steeringReply).contains("bara för dig").contains("fungerar till och med");
		assertThat(client.getRaw(link.group(1)).statusCode()).isEqualTo(200);
		assertThat(client.say(cia, "dm-" + cia, "hjälp").html()).contains("arkiv länk");

		String refused = client.say(bo, "dm-" + bo, "arkiv länk").html();
		assertThat(refused).contains("är till för nätverkets arrangörer och styrgrupp").doesNotContain("/archive/");
		assertThat(client.say(bo, "dm-" + bo, "hjälp").html()).doesNotContain("arkiv länk");
	}

	private String awaitLinkIn(String roomId, String browser) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(15);
		while (Instant.now().isBefore(deadline)) {
			String history = client.get("/playground/api/rooms/" + roomId + "/history?browserId=" + browser).raw();
			Matcher link = LINK.matcher(history);
			if (link.find()) {
				return link.group(1);
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no archive link reached " + roomId);
	}

}
