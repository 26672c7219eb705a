package se.samverka.headroom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The requests of the load: a signed Slack slash command ({@code /samverka hjälp}, as
 * Slack sends it, signed now) and a Teams message activity in a personal chat (local dev
 * mode: no token). Each carries ids made of the phase, the worker and a sequence number,
 * so what reached the conversation log can be told apart per phase.
 */
enum Inbound {

	SLACK("/slack/events", "application/x-www-form-urlencoded") {

		@Override
		Request request(Setting setting, String phase, int worker, long n) {
			String trigger = phase + "-" + worker + "-" + n;
			String body = "token=t&team_id=" + TEAM + "&team_domain=headroom&channel_id=D-hr-" + worker
					+ "&channel_name=directmessage&user_id=U-hr-" + worker + "&user_name=person" + worker
					+ "&command=%2Fsamverka&text=" + url("hjälp") + "&response_url="
					+ url(setting.fakes() + "/response/" + trigger) + "&trigger_id=" + trigger + "&api_app_id=A1";
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			String timestamp = Long.toString(System.currentTimeMillis() / 1000);
			return new Request(bytes, "slack:command:" + trigger, "X-Slack-Request-Timestamp", timestamp,
					"X-Slack-Signature", sign(setting.secret(), timestamp, bytes));
		}

		@Override
		String logPrefix(String phase) {
			return "slack:command:" + phase + "-";
		}

	},

	TEAMS("/api/messages", "application/json") {

		@Override
		Request request(Setting setting, String phase, int worker, long n) {
			String conversation = phase + "-c" + worker;
			String id = phase + "-" + worker + "-" + n;
			String json = "{\"type\":\"message\",\"id\":\"" + id + "\",\"channelId\":\"msteams\",\"serviceUrl\":\""
					+ setting.fakes() + "/teams/\",\"text\":\"hjälp\",\"locale\":\"sv-SE\","
					+ "\"from\":{\"id\":\"29:hr-" + worker + "\",\"name\":\"Person " + worker
					+ "\",\"aadObjectId\":\"aad-hr-" + worker + "\"},"
					+ "\"recipient\":{\"id\":\"28:samverka-bot\",\"name\":\"Samverka\"},"
					+ "\"conversation\":{\"id\":\"" + conversation
					+ "\",\"conversationType\":\"personal\",\"tenantId\":\"tenant-hr\"},"
					+ "\"channelData\":{\"tenant\":{\"id\":\"tenant-hr\"}}}";
			return new Request(json.getBytes(StandardCharsets.UTF_8), "teams:" + conversation + ":" + id);
		}

		@Override
		String logPrefix(String phase) {
			return "teams:" + phase + "-";
		}

	};

	/** The Slack workspace of every command (the fake auth.test names it). */
	static final String TEAM = "T-HEADROOM";

	/** Where the fakes listen and the Slack signing secret the apps were given. */
	record Setting(String fakes, String secret) {
	}

	/**
	 * One request: its body, the dedup key it has in the conversation log, and headers
	 * (name, value, …).
	 */
	record Request(byte[] body, String logKey, String... headers) {
	}

	private final String path;

	private final String contentType;

	Inbound(String path, String contentType) {
		this.path = path;
		this.contentType = contentType;
	}

	String path() {
		return this.path;
	}

	String contentType() {
		return this.contentType;
	}

	abstract Request request(Setting setting, String phase, int worker, long n);

	/** How the log keys of a phase's requests begin. */
	abstract String logPrefix(String phase);

	static String sign(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
			return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String url(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
