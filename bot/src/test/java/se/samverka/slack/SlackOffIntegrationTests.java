package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import se.samverka.delivery.ChannelSender;

/**
 * Without a signing secret Slack is off: its endpoint answers 404 and no Slack bean
 * exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "samverka.slack.bot-token=xoxb-only-a-token", "samverka.slack.signing-secret= " })
@ActiveProfiles("test")
class SlackOffIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theEndpointIsNotFoundWithoutASigningSecret() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"url_verification\",\"challenge\":\"c\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(context.getBeansOfType(SlackRequests.class)).isEmpty();
		assertThat(context.getBeansOfType(ChannelSender.class).values())
			.noneMatch(s -> s.channel() == se.samverka.chat.Channel.SLACK);
	}

}
