package se.samverka.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverka.SamverkaTest;
import se.samverka.chat.CommandHandler;

/**
 * Every command the Teams manifest offers (in every language it carries) is a command the
 * bot has: Teams sends the title as the message text, so a title must be exactly one
 * handler's name.
 */
@SamverkaTest
class TeamsCommandListIntegrationTests {

	@Autowired
	List<CommandHandler> handlers;

	@Test
	void everyManifestCommandIsACommandOfTheBot() {
		List<String> names = handlers.stream()
			.flatMap(h -> h.spec().names().all().stream())
			.map(TeamsCommandListIntegrationTests::fold)
			.toList();
		assertThat(handlers).as("command handlers in the context").hasSizeGreaterThanOrEqualTo(5);
		assertThat(TeamsManifest.load().commandTitles()).isNotEmpty()
			.allSatisfy(title -> assertThat(names).as("command names of the bot").contains(fold(title)));
	}

	@Test
	void everyCrossCuttingCommandOfTheBotIsInTheManifest() {
		List<String> titles = TeamsManifest.load()
			.commandTitles()
			.stream()
			.map(TeamsCommandListIntegrationTests::fold)
			.toList();
		for (String english : List.of("help", "language", "network create", "join", "steering here")) {
			CommandHandler handler = handlers.stream()
				.filter(h -> h.spec().names().english().equals(english))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no handler named " + english));
			assertThat(titles).as("manifest titles")
				.contains(fold(handler.spec().names().english()), fold(handler.spec().names().swedish()));
		}
	}

	/** As the bot's parser compares names: words split on white space, case ignored. */
	private static String fold(String name) {
		return String.join(" ", name.strip().toLowerCase(Locale.ROOT).split("\\s+"));
	}

}
