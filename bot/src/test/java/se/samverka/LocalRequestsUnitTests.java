package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * One rule for Teams dev mode and the playground: from loopback and relayed by nobody.
 */
class LocalRequestsUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.1.2.3", "::1", "[::1]", "0:0:0:0:0:0:0:1" })
	void aLoopbackPeerWithoutForwardingHeadersIsLocal(String address) {
		assertThat(LocalRequests.isLocal(request(address))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "192.168.1.20", "10.0.0.5", "203.0.113.9", "::2", "localhost", "127.0.0.1.evil", "" })
	void anyOtherPeerIsRemote(String address) {
		assertThat(LocalRequests.isLocal(request(address))).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "Forwarded, for=203.0.113.9", "X-Forwarded-For, 203.0.113.9", "X-Forwarded-Host, samverka.example",
			"X-Real-IP, 203.0.113.9", "x-real-ip, 203.0.113.9" })
	void anyForwardingHeaderMakesALoopbackRequestRemote(String header, String value) {
		MockHttpServletRequest relayed = request("127.0.0.1");
		relayed.addHeader(header, value);
		assertThat(LocalRequests.isLocal(relayed)).isFalse();
	}

	private static MockHttpServletRequest request(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setRemoteAddr(address);
		return request;
	}

}
