package se.samverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

class CommandParserUnitTests {

	private final CommandHandler network = handler("network", "nätverk");

	private final CommandHandler networkCreate = handler("network create", "nätverk skapa");

	private final CommandHandler join = handler("join", "gå med");

	private final CommandParser parser = new CommandParser(List.of(network, networkCreate, join));

	@Test
	void matchesTheLongestNameFirst() {
		var parsed = parser.parse("network create Barnens bästa").orElseThrow();
		assertThat(parsed.handler()).isSameAs(networkCreate);
		assertThat(parsed.args()).isEqualTo("Barnens bästa");
	}

	@Test
	void matchesSwedishNamesIgnoringCaseAndExtraSpaces() {
		var parsed = parser.parse("  GÅ   med  K7MX2Q  Växjö kommun ").orElseThrow();
		assertThat(parsed.handler()).isSameAs(join);
		assertThat(parsed.args()).isEqualTo("K7MX2Q  Växjö kommun");
	}

	@Test
	void keepsArgumentLinesAsTyped() {
		var parsed = parser.parse("nätverk skapa Rad ett\nRad två").orElseThrow();
		assertThat(parsed.handler()).isSameAs(networkCreate);
		assertThat(parsed.args()).isEqualTo("Rad ett\nRad två");
	}

	@Test
	void doesNotMatchAPrefixOfAWord() {
		assertThat(parser.parse("joined the team")).isEmpty();
		assertThat(parser.parse("networking")).isEmpty();
	}

	@Test
	void findsNothingInUnknownOrEmptyText() {
		assertThat(parser.parse("dance")).isEmpty();
		assertThat(parser.parse("   ")).isEmpty();
	}

	private static CommandHandler handler(String english, String swedish) {
		return new CommandHandler() {
			@Override
			public CommandSpec spec() {
				return new CommandSpec(CommandNames.of(english, swedish), Access.EVERYONE, "help");
			}

			@Override
			public List<Message> handle(CommandContext context) {
				return List.of(Message.text(english));
			}

			@Override
			public String toString() {
				return english;
			}
		};
	}

}
