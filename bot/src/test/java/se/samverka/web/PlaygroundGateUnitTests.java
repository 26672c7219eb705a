package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import se.samverka.DevMode;

class PlaygroundGateUnitTests {

	final PlaygroundGate gate = new PlaygroundGate(devMode(""));

	@Test
	void letsThisMachineInWithSecurityHeaders() throws Exception {
		MockHttpServletResponse response = run(gate, request("GET", "/", "127.0.0.1"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'none'");
		assertThat(run(gate, request("GET", "/playground/app.js", "0:0:0:0:0:0:0:1")).getStatus()).isEqualTo(200);
	}

	@Test
	void answersNotFoundToOtherMachines() throws Exception {
		assertThat(run(gate, request("GET", "/", "192.168.1.20")).getStatus()).isEqualTo(404);
		assertThat(run(gate, request("POST", "/playground/api/rooms/x/messages", "10.0.0.5")).getStatus())
			.isEqualTo(404);
		MockHttpServletRequest proxied = request("GET", "/", "127.0.0.1");
		proxied.addHeader("X-Forwarded-For", "203.0.113.9");
		assertThat(run(gate, proxied).getStatus()).isEqualTo(404);
	}

	@Test
	void answersNotFoundToARequestAProxyRelayedWithAnyForwardingHeader() throws Exception {
		for (String header : new String[] { "Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP" }) {
			MockHttpServletRequest page = request("GET", "/", "127.0.0.1");
			page.addHeader(header, "203.0.113.9");
			assertThat(run(gate, page).getStatus()).as(header).isEqualTo(404);
			MockHttpServletRequest api = request("POST", "/playground/api/rooms/x/messages", "127.0.0.1");
			api.addHeader(header, "203.0.113.9");
			assertThat(run(gate, api).getStatus()).as(header).isEqualTo(404);
		}
	}

	@Test
	void answersNotFoundOutsideDevModeEvenLocally() throws Exception {
		PlaygroundGate production = new PlaygroundGate(devMode("teams-app-id"));
		assertThat(run(production, request("GET", "/", "127.0.0.1")).getStatus()).isEqualTo(404);
	}

	@Test
	void leavesTheRestOfTheApplicationAlone() throws Exception {
		MockHttpServletResponse response = run(gate, request("POST", "/api/messages", "52.1.2.3"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Security-Policy")).isNull();
	}

	@Test
	void acceptsAPostOnlyFromThePlaygroundsOwnOrigin() {
		MockHttpServletRequest post = request("POST", "/playground/api/rooms/x/messages", "127.0.0.1");
		post.setLocalPort(3978);
		assertThat(PlaygroundGate.sameOrigin(post)).as("without the custom header").isFalse();
		post.addHeader("X-Samverka-Playground", "1");
		assertThat(PlaygroundGate.sameOrigin(post)).as("no Origin: not a browser").isTrue();
		for (String good : new String[] { "http://localhost:3978", "http://127.0.0.1:3978", "http://[::1]:3978" }) {
			assertThat(PlaygroundGate.sameOrigin(withOrigin(post, good))).as(good).isTrue();
		}
		for (String bad : new String[] { "http://evil.example:3978", "http://localhost:8080", "https://localhost:3978",
				"null", "http://localhost.evil.example:3978" }) {
			assertThat(PlaygroundGate.sameOrigin(withOrigin(post, bad))).as(bad).isFalse();
		}
	}

	static MockHttpServletRequest withOrigin(MockHttpServletRequest base, String origin) {
		MockHttpServletRequest copy = request(base.getMethod(), base.getRequestURI(), base.getRemoteAddr());
		copy.setLocalPort(base.getLocalPort());
		copy.addHeader("X-Samverka-Playground", "1");
		copy.addHeader("Origin", origin);
		return copy;
	}

	static MockHttpServletRequest request(String method, String path, String remoteAddress) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr(remoteAddress);
		return request;
	}

	static MockHttpServletResponse run(PlaygroundGate gate, MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		gate.doFilter(request, response, new MockFilterChain());
		return response;
	}

	static DevMode devMode(String teamsAppId) {
		MockEnvironment environment = new MockEnvironment();
		if (!teamsAppId.isEmpty()) {
			environment.setProperty("samverka.teams.app-id", teamsAppId);
		}
		return new DevMode(environment);
	}

}
