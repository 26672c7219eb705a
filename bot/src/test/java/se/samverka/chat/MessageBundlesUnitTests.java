package se.samverka.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text goes through ICU's MessageFormat ({@link PluralMessages}), where an
 * apostrophe before a brace starts a quote; the JDK's took any single apostrophe as one.
 * Apostrophes in the bundles are written twice, and read as one.
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

	@Test
	void aDoubledApostropheReadsAsOneThroughIcu() {
		PluralMessages messages = new PluralMessages("i18n/messages");
		assertThat(messages.getMessage("poll.members-only", new Object[] { "vote", "Nätverket" }, Languages.ENGLISH))
			.contains("the network's code");
		assertThat(messages.getMessage("meeting.list.heading", null, Languages.ENGLISH))
			.isEqualTo("The network's meetings");
		assertThat(messages.getMessage("join.organisation-too-long", new Object[] { 1 }, Languages.ENGLISH))
			.isEqualTo("The organisation's name can be at most 1 character.");
	}

	@Test
	void countsAgreeInBothLanguages() {
		PluralMessages messages = new PluralMessages("i18n/messages");
		assertThat(messages.getMessage("organisation.members", new Object[] { 1 }, Languages.SWEDISH))
			.isEqualTo("1 medlem");
		assertThat(messages.getMessage("organisation.members", new Object[] { 2 }, Languages.SWEDISH))
			.isEqualTo("2 medlemmar");
		assertThat(messages.getMessage("organisation.members", new Object[] { 0 }, Languages.SWEDISH))
			.isEqualTo("0 medlemmar");
		assertThat(messages.getMessage("organisation.members", new Object[] { 1 }, Languages.ENGLISH))
			.isEqualTo("1 member");
		assertThat(messages.getMessage("organisation.members", new Object[] { 5L }, Languages.ENGLISH))
			.isEqualTo("5 members");
		assertThat(messages.getMessage("digest.participation.anonymous", new Object[] { 1 }, Languages.SWEDISH))
			.startsWith("Dessutom 1 anonym lapp ");
		assertThat(messages.getMessage("archive.search.result", new Object[] { 1, "x" }, Languages.SWEDISH))
			.endsWith("under 1 rubrik.");
	}

	@Test
	void datesReadAsWrittenInIso() {
		PluralMessages messages = new PluralMessages("i18n/messages");
		assertThat(messages.getMessage("help.state.after",
				new Object[] { "Nätverket", java.time.LocalDate.of(2026, 3, 25), "Träff 2" }, Languages.SWEDISH))
			.isEqualTo("Nätverket: senaste träffen var 2026-03-25 – Träff 2");
	}

	@Test
	void aMissingKeyFallsBackToItsDefault() {
		PluralMessages messages = new PluralMessages("i18n/messages");
		assertThat(messages.getMessage("no.such.key", null, "no.such.key", Languages.SWEDISH)).isEqualTo("no.such.key");
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
