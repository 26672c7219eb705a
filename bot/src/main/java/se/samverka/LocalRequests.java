package se.samverka;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one rule for "does this request come from this machine", for everything that is
 * open only locally (Teams dev mode, the playground): its peer is a loopback address and
 * no proxy relayed it. Any forwarding header makes a request remote, even when the proxy
 * itself runs on loopback.
 */
public final class LocalRequests {

	/** Headers a proxy adds when it relays a request. */
	static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
			"X-Real-IP");

	private LocalRequests() {
	}

	public static boolean isLocal(HttpServletRequest request) {
		for (String header : FORWARDING_HEADERS) {
			if (request.getHeader(header) != null) {
				return false;
			}
		}
		return isLoopbackAddress(request.getRemoteAddr());
	}

	/** 127.0.0.0/8 or ::1, written as an address (names are never resolved here). */
	public static boolean isLoopbackAddress(String address) {
		if (address == null) {
			return false;
		}
		String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
				: address;
		return a.matches("127(\\.\\d{1,3}){3}") || a.equals("::1") || a.matches("(0{1,4}:){7}0{0,3}1");
	}

}
