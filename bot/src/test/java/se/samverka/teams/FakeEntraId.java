package se.samverka.teams;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.web.util.UriComponentsBuilder;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Entra ID on loopback, for several tenants at once as the real one is: each tenant has
 * its own RSA signing key, OpenID metadata and JWKS
 * ({@code /<tenant>/v2.0/.well-known/openid-configuration}), issuer
 * ({@code <base>/<tenant>/v2.0}) and client-credentials token endpoint
 * ({@code /<tenant>/oauth2/v2.0/token}), which hands out tokens only to the app ids and
 * secrets registered in that tenant and remembers each one it gave.
 */
public final class FakeEntraId implements AutoCloseable {

	/** Every tenant's first key has this id, so only the signature tells them apart. */
	public static final String FIRST_KEY_ID = "key-1";

	private final HttpServer server;

	private final Map<String, Tenant> tenants = new ConcurrentHashMap<>();

	public FakeEntraId() {
		server = loopback();
		server.createContext("/", this::handle);
		server.start();
	}

	/** An HTTP server on a free loopback port, not yet started. */
	static HttpServer loopback() {
		try {
			return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The login URL (authority base) Samverka is configured with. */
	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Tenant {@code id}, created with one signing key on first use. */
	/**
	 * Asserts that every request the connector got in the conversations of each tenant
	 * carries a token that tenant's endpoint gave, never another tenant's; returns those
	 * requests.
	 */
	public static java.util.List<FakeBotConnector.Posted> assertEachConversationGotOnlyItsTenantsTokens(
			FakeBotConnector connector, Map<Tenant, java.util.Set<String>> conversations) {
		java.util.List<FakeBotConnector.Posted> checked = new java.util.ArrayList<>();
		for (FakeBotConnector.Posted posted : connector.posted()) {
			conversations.forEach((own, ids) -> {
				if (!ids.contains(posted.conversationId())) {
					return;
				}
				String authorization = posted.authorization();
				String token = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
				org.assertj.core.api.Assertions.assertThat(own.issued())
					.as("token of %s %s", posted.method(), posted.path())
					.contains(token);
				conversations.keySet()
					.stream()
					.filter(other -> other != own)
					.forEach(other -> org.assertj.core.api.Assertions.assertThat(other.issued()).doesNotContain(token));
				checked.add(posted);
			});
		}
		return checked;
	}

	public Tenant tenant(String id) {
		return tenants.computeIfAbsent(id, Tenant::new);
	}

	public final class Tenant {

		private final String id;

		private volatile String keyId = FIRST_KEY_ID;

		private volatile KeyPair keys = generate();

		private final Map<String, String> secrets = new ConcurrentHashMap<>();

		private final List<String> issued = new CopyOnWriteArrayList<>();

		private final AtomicInteger metadataFetches = new AtomicInteger();

		private Tenant(String id) {
			this.id = id;
		}

		/** Registers an app (a bot's client id) with its secret in this tenant. */
		public Tenant app(String clientId, String secret) {
			secrets.put(clientId, secret);
			return this;
		}

		public String issuer() {
			return url() + "/" + id + "/v2.0";
		}

		/** The tokens this tenant's token endpoint handed out, oldest first. */
		public List<String> issued() {
			return List.copyOf(issued);
		}

		public int metadataFetches() {
			return metadataFetches.get();
		}

		/** Replaces the signing key with a new one under a new key id. */
		public void rollKey() {
			keys = generate();
			keyId = "key-" + UUID.randomUUID();
		}

		/**
		 * A token as the channel would send it from this tenant, for the caller to spoil
		 * one claim of.
		 */
		public JWTCreator.Builder token(String audience, String serviceUrl) {
			Instant now = Instant.now();
			return JWT.create()
				.withKeyId(keyId)
				.withIssuer(issuer())
				.withAudience(audience)
				.withClaim("serviceurl", serviceUrl)
				.withClaim("tid", id)
				.withNotBefore(now.minusSeconds(60))
				.withIssuedAt(now.minusSeconds(60))
				.withExpiresAt(now.plusSeconds(3600));
		}

		/**
		 * Sends an activity to Samverka from this tenant to its bot {@code appId}, with a
		 * token this tenant signed, and returns the bot's reply.
		 */
		public FakeBotConnector.Posted say(int port, FakeBotConnector connector, String appId,
				com.fasterxml.jackson.databind.node.ObjectNode activity) {
			TeamsActivities.throughRegistration(activity, appId, id);
			return TeamsActivities.say(port, connector, activity, sign(token(appId, connector.url())));
		}

		/** Signed with this tenant's current key, as an Authorization header. */
		public String sign(JWTCreator.Builder token) {
			KeyPair pair = keys;
			return "Bearer "
					+ token.sign(Algorithm.RSA256((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate()));
		}

		private String metadata() {
			metadataFetches.incrementAndGet();
			return "{\"issuer\":\"" + issuer() + "\",\"token_endpoint\":\"" + url() + "/" + id
					+ "/oauth2/v2.0/token\",\"jwks_uri\":\"" + url() + "/" + id + "/discovery/v2.0/keys\","
					+ "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
		}

		private String jwks() {
			RSAPublicKey key = (RSAPublicKey) keys.getPublic();
			return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"" + keyId + "\",\"n\":\""
					+ base64Url(key.getModulus()) + "\",\"e\":\"" + base64Url(key.getPublicExponent()) + "\"}]}";
		}

		/** Client credentials for a registered app and the Bot Framework scope only. */
		private void token(HttpExchange exchange) throws IOException {
			Map<String, String> form = form(
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			String secret = secrets.get(form.getOrDefault("client_id", ""));
			if (!"POST".equals(exchange.getRequestMethod()) || !"client_credentials".equals(form.get("grant_type"))
					|| secret == null || !secret.equals(form.get("client_secret"))
					|| !"https://api.botframework.com/.default".equals(form.get("scope"))) {
				respond(exchange, 401, "{\"error\":\"invalid_client\"}");
				return;
			}
			String token = "entra-" + id + "-" + form.get("client_id") + "-" + UUID.randomUUID();
			issued.add(token);
			respond(exchange, 200,
					"{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"" + token
							+ "\"}");
		}

	}

	private void handle(HttpExchange exchange) throws IOException {
		String[] path = exchange.getRequestURI().getPath().split("/", 3);
		Tenant tenant = path.length < 3 ? null : tenants.get(path[1]);
		String rest = path.length < 3 ? "" : path[2];
		if (tenant == null) {
			respond(exchange, 400, "{\"error\":\"invalid_tenant\"}");
		}
		else if (rest.equals("v2.0/.well-known/openid-configuration")) {
			respond(exchange, 200, tenant.metadata());
		}
		else if (rest.equals("discovery/v2.0/keys")) {
			respond(exchange, 200, tenant.jwks());
		}
		else if (rest.equals("oauth2/v2.0/token")) {
			tenant.token(exchange);
		}
		else {
			respond(exchange, 404, "{}");
		}
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new HashMap<>();
		UriComponentsBuilder.newInstance()
			.query(body)
			.build()
			.getQueryParams()
			.forEach((name, values) -> form.put(decode(name), decode(values.get(0))));
		return form;
	}

	private static String decode(String value) {
		return value == null ? "" : URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	static String base64Url(BigInteger value) {
		byte[] bytes = value.toByteArray();
		if (bytes.length > 1 && bytes[0] == 0) {
			bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
		exchange.close();
	}

	static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
