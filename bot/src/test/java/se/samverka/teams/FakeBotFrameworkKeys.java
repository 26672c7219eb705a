package se.samverka.teams;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.sun.net.httpserver.HttpServer;

/**
 * The Bot Framework's side of JWT auth on loopback: an OpenID metadata document and its
 * JWKS with one RSA key endorsed for msteams, and tokens signed with that key (or with a
 * stranger's key).
 */
public final class FakeBotFrameworkKeys implements AutoCloseable {

	public static final String ISSUER = "https://api.botframework.com";

	public static final String KEY_ID = "test-key-1";

	private final KeyPair keys = generate();

	private final KeyPair strangerKeys = generate();

	private final HttpServer server;

	public FakeBotFrameworkKeys() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/openid", exchange -> respond(exchange, "{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\""
				+ base() + "keys\"," + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
		server.createContext("/keys", exchange -> respond(exchange, jwks()));
		server.start();
	}

	public String metadataUrl() {
		return base() + "openid";
	}

	private String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
	}

	/**
	 * A token as the Bot Connector would send it, for the caller to spoil one claim of.
	 */
	public JWTCreator.Builder token(String audience, String serviceUrl) {
		Instant now = Instant.now();
		return JWT.create()
			.withKeyId(KEY_ID)
			.withIssuer(ISSUER)
			.withAudience(audience)
			.withClaim("serviceurl", serviceUrl)
			.withNotBefore(now.minusSeconds(60))
			.withIssuedAt(now.minusSeconds(60))
			.withExpiresAt(now.plusSeconds(3600));
	}

	public String sign(JWTCreator.Builder token) {
		return "Bearer "
				+ token.sign(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()));
	}

	public String signAsStranger(JWTCreator.Builder token) {
		return "Bearer " + token
			.sign(Algorithm.RSA256((RSAPublicKey) strangerKeys.getPublic(), (RSAPrivateKey) strangerKeys.getPrivate()));
	}

	private String jwks() {
		RSAPublicKey key = (RSAPublicKey) keys.getPublic();
		return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\",\"n\":\""
				+ base64Url(key.getModulus()) + "\",\"e\":\"" + base64Url(key.getPublicExponent())
				+ "\",\"endorsements\":[\"msteams\"]}]}";
	}

	private static String base64Url(BigInteger value) {
		byte[] bytes = value.toByteArray();
		if (bytes.length > 1 && bytes[0] == 0) {
			bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
		exchange.close();
	}

	private static KeyPair generate() {
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
