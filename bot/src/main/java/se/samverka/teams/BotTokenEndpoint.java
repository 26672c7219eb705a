package se.samverka.teams;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Serialization;

import se.samverka.delivery.DeliveryFailed;

/**
 * Bot tokens for a registration with a client secret, fetched by ourselves from its
 * tenant's OAuth 2.0 token endpoint ({@code <login-url>/<tenant>/oauth2/v2.0/token},
 * client-credentials grant, scope {@code https://api.botframework.com/.default}) and kept
 * until shortly before they expire. Our own request instead of MSAL's, which insists on
 * an https authority and so cannot be pointed at a test's loopback fake.
 */
class BotTokenEndpoint implements TeamsCredentials.TokenSource {

	static final String BOT_FRAMEWORK_SCOPE = "https://api.botframework.com/.default";

	/** The tenant a MultiTenant bot's tokens come from. */
	static final String BOT_FRAMEWORK_TENANT = "botframework.com";

	/** A token is renewed this long before it expires. */
	static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

	private static final OkHttpClient HTTP = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(5))
		.callTimeout(Duration.ofSeconds(15))
		.followRedirects(false)
		.followSslRedirects(false)
		.build();

	private final String url;

	private final String clientId;

	private final String clientSecret;

	private final Clock clock;

	private String token;

	private Instant renewAt = Instant.MIN;

	BotTokenEndpoint(String loginUrl, String tenant, String clientId, String clientSecret, Clock clock) {
		this.url = loginUrl + "/" + tenant + "/oauth2/v2.0/token";
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.clock = clock;
	}

	String url() {
		return url;
	}

	/**
	 * The cached token, or a new one when it is (nearly) expired. A failure posts
	 * nothing, so the send may be retried.
	 */
	@Override
	public synchronized String token() {
		Instant now = clock.instant();
		if (token != null && now.isBefore(renewAt)) {
			return token;
		}
		Request request = new Request.Builder().url(url)
			.post(new FormBody.Builder().add("grant_type", "client_credentials")
				.add("client_id", clientId)
				.add("client_secret", clientSecret)
				.add("scope", BOT_FRAMEWORK_SCOPE)
				.build())
			.build();
		try (Response response = HTTP.newCall(request).execute()) {
			String body = response.body() == null ? "" : response.body().string();
			if (response.code() != 200) {
				throw new DeliveryFailed("token endpoint of app " + clientId + " answered " + response.code(), false,
						null);
			}
			JsonNode answer = Serialization.jsonToTree(body);
			String accessToken = answer.path("access_token").asText("");
			long expiresIn = answer.path("expires_in").asLong(0);
			if (accessToken.isEmpty() || expiresIn <= 0) {
				throw new DeliveryFailed("token endpoint of app " + clientId + " gave no token", false, null);
			}
			Duration lifetime = Duration.ofSeconds(expiresIn);
			Duration margin = lifetime.compareTo(RENEW_BEFORE.multipliedBy(2)) > 0 ? RENEW_BEFORE
					: lifetime.dividedBy(2);
			token = accessToken;
			renewAt = now.plus(lifetime).minus(margin);
			return token;
		}
		catch (IOException ex) {
			throw new DeliveryFailed("token endpoint of app " + clientId + " not reachable", false, ex);
		}
	}

}
