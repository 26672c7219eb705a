package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The checks /api/messages makes before anything reaches the bot. */
class TeamsControllerUnitTests {

	static final String ACTIVITY = "{\"type\":\"message\",\"id\":\"1\",\"serviceUrl\":\"http://127.0.0.1:1/\","
			+ "\"channelId\":\"emulator\",\"from\":{\"id\":\"u\"},\"recipient\":{\"id\":\"b\"},"
			+ "\"conversation\":{\"id\":\"c\"},\"text\":\"hjälp\"}";

	final TeamsSettings noAppId = new TeamsSettings("", "", "", "", "", List.of(), null, null, null);

	@Test
	void isNotFoundWhenTeamsIsOff() {
		assertThat(controller(TeamsMode.OFF).receive(request("127.0.0.1", ACTIVITY)).getStatusCode().value())
			.isEqualTo(404);
	}

	@Test
	void refusesRequestsFromOtherMachinesInLocalDevMode() {
		assertThat(controller(TeamsMode.LOCAL_DEV).receive(request("10.1.2.3", ACTIVITY)).getStatusCode().value())
			.isEqualTo(403);
		assertThat(controller(TeamsMode.LOCAL_DEV).receive(request("192.168.0.9", ACTIVITY)).getStatusCode().value())
			.isEqualTo(403);
	}

	@Test
	void refusesARequestRelayedByALocalProxyInLocalDevMode() {
		MockHttpServletRequest relayed = request("127.0.0.1", ACTIVITY);
		relayed.addHeader("X-Forwarded-For", "203.0.113.7");
		assertThat(controller(TeamsMode.LOCAL_DEV).receive(relayed).getStatusCode().value()).isEqualTo(403);
		for (String header : new String[] { "Forwarded", "X-Forwarded-Host", "X-Real-IP" }) {
			MockHttpServletRequest other = request("127.0.0.1", ACTIVITY);
			other.addHeader(header, "203.0.113.7");
			assertThat(controller(TeamsMode.LOCAL_DEV).receive(other).getStatusCode().value()).as(header)
				.isEqualTo(403);
		}
	}

	@Test
	void answersBadRequestForABodyThatIsNotAnActivity() {
		assertThat(controller(TeamsMode.LOCAL_DEV).receive(request("127.0.0.1", "{not json")).getStatusCode().value())
			.isEqualTo(400);
		assertThat(controller(TeamsMode.LOCAL_DEV).receive(request("127.0.0.1", "{}")).getStatusCode().value())
			.isEqualTo(400);
	}

	@Test
	void refusesAnUnauthenticatedRequestWhenAnAppIdIsSet() {
		TeamsController controller = withAppId();
		assertThat(controller.receive(request("127.0.0.1", ACTIVITY)).getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void refusesARequestWithoutATokenBeforeReadingItsBody() {
		TeamsController controller = withAppId();
		MockHttpServletRequest unreadable = request("203.0.113.7", "{not json");
		assertThat(controller.receive(unreadable).getStatusCode().value()).as("401, not the 400 of a read body")
			.isEqualTo(401);
		MockHttpServletRequest basic = request("203.0.113.7", "{not json");
		basic.addHeader("Authorization", "Basic YTpi");
		assertThat(controller.receive(basic).getStatusCode().value()).isEqualTo(401);
	}

	private static TeamsController withAppId() {
		TeamsSettings withAppId = new TeamsSettings("app", "secret", "MultiTenant", "", "", List.of(), null, null,
				null);
		return new TeamsController(TeamsMode.AUTHENTICATED, new TeamsAuthentication(withAppId), null);
	}

	private TeamsController controller(TeamsMode mode) {
		// No bot: every request here must be stopped before it would reach one.
		return new TeamsController(mode, new TeamsAuthentication(noAppId), null);
	}

	private static MockHttpServletRequest request(String remoteAddress, String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/messages");
		request.setRemoteAddr(remoteAddress);
		request.setContentType("application/json");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

}
