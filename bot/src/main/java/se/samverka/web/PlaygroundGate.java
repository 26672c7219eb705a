package se.samverka.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import se.samverka.DevMode;
import se.samverka.LocalRequests;

/**
 * The playground exists only in local dev mode and only for the machine it runs on:
 * everything else gets a plain 404, as if there were no playground. Requests that came
 * through a proxy (forwarding headers) count as remote even though the proxy itself is
 * local.
 */
@Component
class PlaygroundGate extends OncePerRequestFilter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

	private final DevMode devMode;

	PlaygroundGate(DevMode devMode) {
		this.devMode = devMode;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/") || path.isEmpty() || path.startsWith("/playground/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!devMode.enabled() || !LocalRequests.isLocal(request)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		chain.doFilter(request, response);
	}

	/**
	 * A state-changing request must come from the playground page itself: a browser
	 * always sends Origin with a POST, and a page elsewhere cannot add our custom header
	 * without a CORS preflight we never answer.
	 */
	static boolean sameOrigin(HttpServletRequest request) {
		if (request.getHeader("X-Samverka-Playground") == null) {
			return false;
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return true;
		}
		try {
			URI uri = URI.create(origin);
			String host = uri.getHost();
			boolean loopbackHost = host != null && (host.equals("localhost") || LocalRequests.isLoopbackAddress(host));
			return "http".equals(uri.getScheme()) && loopbackHost && uri.getPort() == request.getLocalPort();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
