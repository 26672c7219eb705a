package se.samverka.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text goes through MessageFormat (always-use-message-format), where a single
 * apostrophe starts a quote and vanishes: "the network's code" would read "the networks
 * code". Apostrophes in the bundles are written twice.
 */
class MessageBundlesUnitTests {

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@ParameterizedTest
	@ValueSource(strings = { "messages", "messages_en", "teams", "teams_en", "slack", "slack_en", "playground",
			"playground_en" })
	void apostrophesSurviveMessageFormat(String bundle) throws IOException {
		Properties texts = load(bundle);
		List<String> broken = new ArrayList<>();
		for (String key : texts.stringPropertyNames()) {
			String text = texts.getProperty(key);
			if (LONE_APOSTROPHE.matcher(text).find()) {
				broken.add(key);
			}
		}
		assertThat(broken).as("keys with a single apostrophe in %s", bundle).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages_en" })
	void aDoubledApostropheReadsAsOne(String bundle) throws IOException {
		String text = load(bundle).getProperty("poll.members-only");
		assertThat(new MessageFormat(text, Locale.ENGLISH).format(new Object[] { "vote", "Nätverket" }))
			.contains("the network's code");
	}

	private static Properties load(String bundle) throws IOException {
		Properties texts = new Properties();
		try (InputStream in = MessageBundlesUnitTests.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
			assertThat(in).as(bundle).isNotNull();
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return texts;
	}

}
