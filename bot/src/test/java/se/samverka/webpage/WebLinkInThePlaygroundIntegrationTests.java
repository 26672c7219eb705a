package se.samverka.webpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverka.SamverkaTest;
import se.samverka.web.PlaygroundClient;

/**
 * {@code webblänk} in the playground, over HTTP: in a personal room the reply carries a
 * link that opens the member's own page, with when it stops working; asked in a shared
 * room the link goes to the personal room and the room only hears so;
 * {@code webblänk stäng} closes it.
 */
@SamverkaTest
class WebLinkInThePlaygroundIntegrationTests {

	static final Pattern LINK = Pattern
		.compile("https?://[^/\\s\"<]+(/p/[0-9a-f-]{36}\\.[0-9]+\\.[0-9]+\\.[A-Za-z0-9_-]{43})");

	@LocalServerPort
	int port;

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + suffix;

	final String bo = "bo-" + suffix;

	@Test
	void aMemberGetsAWorkingLinkInTheirPersonalRoomAndCanCloseIt() {
		PlaygroundClient client = new PlaygroundClient(port);
		String room = "webb-" + suffix;
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa Webb " + suffix));
		client.say(bo, "dm-" + bo, "gå med " + code + " Polisen");

		String reply = client.say(bo, "dm-" + bo, "webblänk").html();
		assertThat(reply).contains("bara för dig").contains("fungerar till och med");
		Matcher link = LINK.matcher(reply);
		assertThat(link.find()).as(reply).isTrue();
		HttpResponse<String> page = client.getRaw(link.group(1));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Webb " + suffix).contains("Väggen");

		assertThat(client.say(bo, room, "webblänk").html())
			.contains("Jag har skickat länken till din sida till dig i ett privat meddelande.")
			.doesNotContain("/p/");
		assertThat(client.get("/playground/api/rooms/" + room + "/history?browserId=" + bo).raw())
			.as("the shared room never sees the link")
			.doesNotContain("/p/");

		assertThat(client.say(bo, "dm-" + bo, "webblänk stäng").html()).contains("stängda");
		assertThat(client.getRaw(link.group(1)).statusCode()).isEqualTo(404);
	}

}
