package se.samverka.teams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;

import se.samverka.teams.TeamsSettings.AppType;

/**
 * Checks the JWT on a request to /api/messages, for each registration on its own: the
 * audience must be the app id of one of our registrations, and the issuer one that
 * registration trusts — the Bot Framework's channel issuer (keys from the Bot Framework
 * OpenID metadata, endorsed for the activity's channel) or, for a registration with a
 * tenant, that tenant's own Entra ID ({@code <login-url>/<tenant>/v2.0} or
 * {@code https://sts.windows.net/<tenant>/}, keys from that tenant's OpenID metadata).
 * Then: RS256 only, the signature by the key the token names, lifetime with 5 minutes'
 * skew, and the token's serviceurl claim is the activity's serviceUrl. With several
 * registrations the activity must also be addressed to the bot of the token's audience
 * ({@code recipient.id} = {@code 28:<app id>}): that bot account is stored with the
 * conversation's reference and chooses the registration whose token later posts there.
 * Every way it can fail becomes {@link NotAuthenticated}.
 */
class TeamsAuthentication {

	static final String BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";

	static final String STS_ISSUER = "https://sts.windows.net/";

	static final Duration SKEW = Duration.ofMinutes(5);

	/** Far longer than any real bearer token; refused before it is parsed. */
	private static final int MAX_TOKEN_LENGTH = 16_384;

	private final Map<String, TeamsRegistration> registrations = new LinkedHashMap<>();

	private final String loginUrl;

	private final SigningKeys botFramework;

	private final Map<String, SigningKeys> tenants = new ConcurrentHashMap<>();

	private final Clock clock;

	TeamsAuthentication(TeamsSettings settings) {
		this(settings, Clock.systemUTC());
	}

	TeamsAuthentication(TeamsSettings settings, Clock clock) {
		settings.allRegistrations().forEach(r -> registrations.put(r.appId(), r));
		this.loginUrl = settings.loginUrl();
		this.clock = clock;
		this.botFramework = new SigningKeys(settings.botFrameworkMetadataUrl(), clock);
	}

	/**
	 * Checks the request's token and returns the app id of the registration it is for.
	 */
	String verify(String authorization, Activity activity) {
		if (registrations.isEmpty()) {
			throw new NotAuthenticated("no app id configured");
		}
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			throw new NotAuthenticated("no bearer token");
		}
		if (activity.getServiceUrl() == null || activity.getServiceUrl().isBlank()) {
			throw new NotAuthenticated("activity without serviceUrl");
		}
		String token = authorization.substring("Bearer ".length()).strip();
		if (token.length() > MAX_TOKEN_LENGTH) {
			throw new NotAuthenticated("token too long");
		}
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			throw new NotAuthenticated("not a signed JWT");
		}
		JsonNode header = json(parts[0]);
		JsonNode claims = json(parts[1]);
		if (!"RS256".equals(header.path("alg").asText())) {
			throw new NotAuthenticated("algorithm not RS256");
		}
		TeamsRegistration registration = registrations.get(audience(claims));
		if (registration == null) {
			throw new NotAuthenticated("token for an app id that is not configured");
		}
		SigningKeys keys = keysFor(registration, claims.path("iss").asText(""));
		SigningKeys.Key key = keys.find(header.path("kid").asText(""));
		if (key == null) {
			throw new NotAuthenticated("signed with an unknown key");
		}
		if (!verifies(key, parts)) {
			throw new NotAuthenticated("bad signature");
		}
		if (!key.endorsements().isEmpty() && !key.endorsements().contains(activity.getChannelId())) {
			throw new NotAuthenticated("key not endorsed for the activity's channel");
		}
		checkLifetime(claims);
		String serviceUrl = claims.path("serviceurl").asText("");
		if (!serviceUrl.equalsIgnoreCase(activity.getServiceUrl())) {
			throw new NotAuthenticated("token for another serviceUrl");
		}
		if (registrations.size() > 1) {
			String recipient = activity.getRecipient() == null ? null : activity.getRecipient().getId();
			if (!registration.appId().equals(TeamsRegistration.appIdOf(recipient))) {
				throw new NotAuthenticated("activity not addressed to the bot of the token's audience");
			}
		}
		return registration.appId();
	}

	/**
	 * The keys of the token's issuer, when the registration trusts that issuer: the Bot
	 * Framework's always, its own tenant's when it has one.
	 */
	private SigningKeys keysFor(TeamsRegistration registration, String issuer) {
		if (BOT_FRAMEWORK_ISSUER.equals(issuer)) {
			return botFramework;
		}
		String tenant = registration.tenantId();
		if (tenant.isEmpty() || registration.resolvedAppType() == AppType.MULTI_TENANT) {
			throw new NotAuthenticated("issuer not trusted");
		}
		if (!issuer.equals(loginUrl + "/" + tenant + "/v2.0") && !issuer.equals(STS_ISSUER + tenant + "/")) {
			throw new NotAuthenticated("issuer not trusted for this registration");
		}
		return tenants.computeIfAbsent(tenant,
				t -> new SigningKeys(loginUrl + "/" + t + "/v2.0/.well-known/openid-configuration", clock));
	}

	private void checkLifetime(JsonNode claims) {
		Instant now = clock.instant();
		JsonNode exp = claims.path("exp");
		if (!exp.isNumber() || !now.isBefore(Instant.ofEpochSecond(exp.asLong()).plus(SKEW))) {
			throw new NotAuthenticated("token expired");
		}
		JsonNode nbf = claims.path("nbf");
		if (!nbf.isMissingNode() && (!nbf.isNumber() || now.plus(SKEW).isBefore(Instant.ofEpochSecond(nbf.asLong())))) {
			throw new NotAuthenticated("token not yet valid");
		}
	}

	/** The audience: a string, or an array of exactly one. */
	private static String audience(JsonNode claims) {
		JsonNode aud = claims.path("aud");
		if (aud.isArray() && aud.size() == 1) {
			aud = aud.get(0);
		}
		return aud.isTextual() ? aud.asText() : "";
	}

	private static boolean verifies(SigningKeys.Key key, String[] parts) {
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initVerify(key.publicKey());
			signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
			return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static JsonNode json(String part) {
		try {
			JsonNode node = Serialization
				.jsonToTree(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
			if (node == null || !node.isObject()) {
				throw new NotAuthenticated("JWT part not a JSON object");
			}
			return node;
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new NotAuthenticated("JWT part not readable");
		}
	}

	/** The request did not prove it comes from the Bot Connector. */
	static class NotAuthenticated extends RuntimeException {

		NotAuthenticated(String reason) {
			super(reason, null, false, false);
		}

	}

}
