package se.samverka.teams;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request really comes from this machine. A request relayed by a proxy (it
 * carries forwarding headers) counts as remote even when the proxy itself runs on
 * loopback.
 */
final class LocalRequests {

	private LocalRequests() {
	}

	static boolean isLocal(HttpServletRequest request) {
		if (request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null
				|| request.getHeader("X-Real-IP") != null) {
			return false;
		}
		String address = request.getRemoteAddr();
		return address != null && ServiceHosts.isLoopback(address);
	}

}
