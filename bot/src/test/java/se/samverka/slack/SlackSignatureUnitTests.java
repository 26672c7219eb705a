package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SlackSignatureUnitTests {

	final SlackSignature signature = new SlackSignature("8f742231b10e8888abcd99yyyzzz85a5");

	final Instant now = Instant.ofEpochSecond(1_531_420_618);

	final byte[] body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&command=%2Fsamverka&text=hj%C3%A4lp"
		.getBytes(StandardCharsets.UTF_8);

	final String ts = String.valueOf(now.getEpochSecond());

	@Test
	void signsAsSlackDocumentsIt() {
		// Slack's own example from its "Verifying requests" documentation.
		byte[] example = ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
				+ "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
				+ "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
				+ "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(signature.sign("1531420618", example))
			.isEqualTo("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");
	}

	@Test
	void acceptsAGenuineRequest() {
		assertThat(signature.isGenuine(ts, signature.sign(ts, body), body, now)).isTrue();
	}

	@Test
	void rejectsForgedSlackSignature() {
		String forged = new SlackSignature("another-secret").sign(ts, body);
		assertThat(signature.isGenuine(ts, forged, body, now)).isFalse();
		assertThat(signature.isGenuine(ts, "v0=" + "0".repeat(64), body, now)).isFalse();
		assertThat(signature.isGenuine(ts, "garbage", body, now)).isFalse();
	}

	@Test
	void rejectsATamperedBody() {
		String signed = signature.sign(ts, body);
		byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("hj%C3%A4lp", "network+create+X")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(signature.isGenuine(ts, signed, tampered, now)).isFalse();
	}

	@Test
	void rejectsAStaleRequestAndOneFromTheFuture() {
		String old = String.valueOf(now.getEpochSecond() - 301);
		String future = String.valueOf(now.getEpochSecond() + 301);
		assertThat(signature.isGenuine(old, signature.sign(old, body), body, now)).isFalse();
		assertThat(signature.isGenuine(future, signature.sign(future, body), body, now)).isFalse();
		String edge = String.valueOf(now.getEpochSecond() - 300);
		assertThat(signature.isGenuine(edge, signature.sign(edge, body), body, now)).isTrue();
	}

	@Test
	void rejectsMissingOrMalformedHeaders() {
		String signed = signature.sign(ts, body);
		assertThat(signature.isGenuine(null, signed, body, now)).isFalse();
		assertThat(signature.isGenuine(ts, null, body, now)).isFalse();
		assertThat(signature.isGenuine("yesterday", signed, body, now)).isFalse();
	}

	@Test
	void refusesABlankSecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SlackSignature("  "));
		assertThatIllegalArgumentException().isThrownBy(() -> new SlackSignature(null));
	}

	@Test
	void settingsMaskSecretsAndNeedBoth() {
		SlackSettings settings = new SlackSettings("xoxb-secret-token", "shh", null, 0, null, null, null, null);
		assertThat(settings.toString()).doesNotContain("xoxb-secret-token").doesNotContain("shh");
		assertThat(settings.enabled()).isTrue();
		assertThat(settings.apiUrl()).isEqualTo("https://slack.com/api/");
		assertThat(new SlackSettings("xoxb-1", " ", null, 0, null, null, null, null).enabled()).isFalse();
		assertThat(new SlackSettings("", "shh", "http://127.0.0.1:1/api", 0, null, null, null, null).apiUrl())
			.endsWith("/api/");
	}

}
