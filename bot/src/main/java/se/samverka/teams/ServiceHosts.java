package se.samverka.teams;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * The hosts a bot token may be sent to. A stored or inbound serviceUrl with any other
 * host is refused before anything is sent: the SDK would attach the token to whatever URL
 * it is given. Only https, except on loopback: allowed in local dev mode, or when listed
 * explicitly.
 */
final class ServiceHosts {

	private final List<String> patterns;

	private final boolean loopbackAllowed;

	ServiceHosts(List<String> patterns, boolean loopbackAllowed) {
		this.patterns = patterns.stream()
			.map(p -> p.strip().toLowerCase(Locale.ROOT))
			.filter(p -> !p.isEmpty())
			.toList();
		this.loopbackAllowed = loopbackAllowed;
	}

	boolean allows(String serviceUrl) {
		URI uri;
		try {
			uri = URI.create(serviceUrl == null ? "" : serviceUrl.strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		String host = uri.getHost();
		if (host == null || uri.getScheme() == null || uri.getUserInfo() != null) {
			return false;
		}
		host = host.toLowerCase(Locale.ROOT);
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		boolean web = scheme.equals("http") || scheme.equals("https");
		if (isLoopback(host)) {
			// A local emulator or test connector speaks plain http.
			return web && (loopbackAllowed || matchesPattern(host));
		}
		return scheme.equals("https") && matchesPattern(host);
	}

	private boolean matchesPattern(String host) {
		for (String pattern : patterns) {
			if (pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : host.equals(pattern)) {
				return true;
			}
		}
		return false;
	}

	static boolean isLoopback(String host) {
		String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		if (h.equals("localhost")) {
			return true;
		}
		if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
			return false; // never resolve names here
		}
		try {
			return InetAddress.getByName(h).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
