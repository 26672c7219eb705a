package se.samverka.teams;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Serialization;

/**
 * The RSA keys one issuer signs its tokens with: its OpenID metadata names its JWKS,
 * whose keys are kept by key id. They are fetched again once a day, and sooner when a
 * token names a key id we do not have (the issuer rolled its keys), but at most once a
 * minute, so that made-up key ids cannot make us hammer the issuer.
 */
class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	static final Duration KEEP = Duration.ofHours(24);

	static final Duration REFETCH_AT_MOST_EVERY = Duration.ofMinutes(1);

	private static final OkHttpClient HTTP = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(5))
		.callTimeout(Duration.ofSeconds(10))
		.build();

	/** One signing key and the channels it is endorsed for (empty: not stated). */
	record Key(PublicKey publicKey, Set<String> endorsements) {
	}

	private final String metadataUrl;

	private final Clock clock;

	private Map<String, Key> byId = Map.of();

	private Instant fetchedAt;

	private Instant triedAt;

	SigningKeys(String metadataUrl, Clock clock) {
		this.metadataUrl = metadataUrl;
		this.clock = clock;
	}

	/** The key with this id, or null when the issuer has none such. */
	synchronized Key find(String keyId) {
		Instant now = clock.instant();
		boolean stale = fetchedAt == null || !now.isBefore(fetchedAt.plus(KEEP));
		boolean mayTry = triedAt == null || !now.isBefore(triedAt.plus(REFETCH_AT_MOST_EVERY));
		if ((stale || !byId.containsKey(keyId)) && mayTry) {
			fetch(now);
		}
		return byId.get(keyId);
	}

	private void fetch(Instant now) {
		triedAt = now;
		try {
			String jwksUri = get(metadataUrl).path("jwks_uri").asText("");
			if (jwksUri.isEmpty()) {
				throw new IOException("OpenID metadata without jwks_uri");
			}
			Map<String, Key> keys = new HashMap<>();
			for (JsonNode key : get(jwksUri).path("keys")) {
				String id = key.path("kid").asText("");
				if (id.isEmpty() || !"RSA".equals(key.path("kty").asText())) {
					continue;
				}
				Set<String> endorsements = new HashSet<>();
				key.path("endorsements").forEach(e -> endorsements.add(e.asText()));
				keys.put(id, new Key(rsa(key.path("n").asText(), key.path("e").asText()), Set.copyOf(endorsements)));
			}
			byId = Map.copyOf(keys);
			fetchedAt = now;
		}
		catch (IOException | GeneralSecurityException | IllegalArgumentException ex) {
			// keep the keys we have; try again at most once a minute
			log.warn("Could not fetch signing keys from {}: {}", metadataUrl, ex.getClass().getSimpleName());
		}
	}

	private static JsonNode get(String url) throws IOException {
		try (Response response = HTTP.newCall(new Request.Builder().url(url).get().build()).execute()) {
			if (response.code() != 200 || response.body() == null) {
				throw new IOException("answered " + response.code());
			}
			return Serialization.jsonToTree(response.body().string());
		}
	}

	private static PublicKey rsa(String modulus, String exponent) throws GeneralSecurityException {
		Base64.Decoder decoder = Base64.getUrlDecoder();
		return KeyFactory.getInstance("RSA")
			.generatePublic(new RSAPublicKeySpec(new BigInteger(1, decoder.decode(modulus)),
					new BigInteger(1, decoder.decode(exponent))));
	}

}
