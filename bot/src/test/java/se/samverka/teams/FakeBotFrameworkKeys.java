package se.samverka.teams;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;

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

	private final KeyPair keys = FakeEntraId.generate();

	private final KeyPair strangerKeys = FakeEntraId.generate();

	private final HttpServer server;

	public FakeBotFrameworkKeys() {
		server = FakeEntraId.loopback();
		server.createContext("/openid",
				exchange -> FakeEntraId.respond(exchange, 200, "{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + base()
						+ "keys\"," + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
		server.createContext("/keys", exchange -> FakeEntraId.respond(exchange, 200, jwks()));
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
				+ FakeEntraId.base64Url(key.getModulus()) + "\",\"e\":\""
				+ FakeEntraId.base64Url(key.getPublicExponent()) + "\",\"endorsements\":[\"msteams\"]}]}";
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
