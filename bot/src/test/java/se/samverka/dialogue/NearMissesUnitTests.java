package se.samverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/**
 * Near misses of the command names people type, against the names as the commands declare
 * them: what each becomes (a command and its arguments, several to choose from, or
 * nothing), including ordinary chat that must stay chat.
 */
class NearMissesUnitTests {

	private final CommandParser parser = new CommandParser(
			List.of(handler(CommandNames.of("here", "här", "jag är här"), false, false),
					handler(CommandNames.of("not here", "inte här", "jag är inte här", "inte har"), false, false),
					handler(CommandNames.of("join", "gå med", "ga med", "gå med i"), true, false),
					handler(CommandNames.of("groups", "grupper", "dela in grupper", "nya grupper"), true, false),
					handler(CommandNames.of("note", "lapp"), true, false),
					handler(CommandNames.of("note anon", "lapp anon", "lapp anonym"), true, true),
					handler(CommandNames.of("note show", "lapp visa"), true, false),
					handler(CommandNames.of("note hide", "lapp dölj"), true, false),
					handler(CommandNames.of("vote", "rösta", "rosta"), true, true),
					handler(CommandNames.of("answer", "svar", "svara"), true, true),
					handler(CommandNames.of("evaluate", "utvärdera", "utvardera"), true, true),
					handler(CommandNames.of("evaluation send", "utvärdering skicka", "utvardering skicka"), true,
							false),
					handler(CommandNames.of("digest send", "lägesrapport skicka", "lagesrapport skicka"), true, false),
					handler(CommandNames.of("digest preview", "lägesrapport förhandsvisa"), true, false),
					handler(CommandNames.of("help", "hjälp", "hjalp", "?"), true, false),
					handler(CommandNames.of("now", "nu", "vad händer nu"), false, false),
					handler(CommandNames.of("agenda", "dagordning", "program"), true, false),
					handler(CommandNames.of("poll", "omröstning", "omrostning"), true, false),
					handler(CommandNames.of("poll close", "omröstning stäng", "omrostning stang"), true, false),
					handler(CommandNames.of("+1", "plus", "gilla"), true, false),
					handler(CommandNames.of("language", "språk", "sprak"), true, false),
					handler(CommandNames.of("web link", "webblänk", "webb länk"), false, false)));

	@ParameterizedTest(name = "{0} → {1} [{2}]")
	@CsvSource(delimiter = '|', textBlock = """
			# exact, as always
			grupper 4                  | groups          | 4
			lapp anon Hemligt          | note anon       | Hemligt
			# punctuation around the first words
			Här!                       | here            |
			här.                       | here            |
			lapp: min text             | note            | min text
			lapp : min text            | note            | min text
			svar 1: text               | answer          | 1: text
			hjälp?                     | help            |
			?                          | help            |
			+1 3                       | +1              | 3
			(grupper) 3                | groups          | 3
			# without å, ä, ö
			har                        | here            |
			HAR!                       | here            |
			ga med K7MX2Q Polisen      | join            | K7MX2Q Polisen
			lagesrapport skicka        | digest send     |
			lapp dolj 3                | note hide       | 3
			lägesrapport forhandsvisa  | digest preview  |
			omrostning stäng 2         | poll close      | 2
			spräk en                   | language        | en
			# glued together
			gåmed K7MX2Q Polisen       | join            | K7MX2Q Polisen
			gamed K7MX2Q               | join            | K7MX2Q
			lappanon Hemligt           | note anon       | Hemligt
			omröstningstäng 2          | poll close      | 2
			# one slip of the finger
			grupepr 4                  | groups          | 4
			grupprr 4                  | groups          | 4
			gruper 4                   | groups          | 4
			grupperx 4                 | groups          | 4
			rösat 1 2 ja               | vote            | 1 2 ja
			utvärdra 4 4 4 4 4 4       | evaluate        | 4 4 4 4 4 4
			hjäp                       | help            |
			hjälpe                     | help            |
			dagordnig                  | agenda          |
			lägesraport skicka         | digest send     |
			# several fit: nothing runs
			lapp anom Hemligt          | ? note, note anon |
			lapp vias                  | ? note, note show |
			# ordinary chat stays chat
			har du sett agendan?       | -               |
			hur gör jag                | -               |
			nå kör vi                  | -               |
			röstar på 29 sep           | -               |
			samlat in                  | -               |
			vad hander nu i dag        | -               |
			agendan är klar            | -               |
			lappen är borta            | -               |
			grupperna är klara         | -               |
			spark                      | language        |
			nota bene                  | -               |
			not                        | ? not here      |
			hej                        | -               |
			lap 1                      | -               |
			sva 1 text                 | -               |
			1 2 ja                     | -               |
			# the bare first word of several commands: which?
			lagesrapport               | ? digest preview, digest send |
			Lägesrapport!              | ? digest preview, digest send |
			jag                        | ? here, not here |
			gå                         | ? join          |
			lägesrapport skicka nu     | digest send     | nu
			lagesrapport i morgon      | -               |
			""")
	void understandsNearMissesOfCommandNames(String typed, String expected, String args) {
		if (expected.equals("-")) {
			assertThat(parser.parse(typed)).as("command").isEmpty();
			assertThat(parser.suggest(typed)).as("suggestions").isEmpty();
		}
		else if (expected.startsWith("?")) {
			assertThat(parser.parse(typed)).isEmpty();
			assertThat(parser.suggest(typed)
				.orElseThrow()
				.candidates()
				.stream()
				.map(s -> s.handler().toString())
				.sorted()
				.collect(Collectors.joining(", "))).isEqualTo(expected.substring(1).strip());
		}
		else {
			CommandParser.Parsed parsed = parser.parse(typed).orElseThrow();
			assertThat(parsed.handler()).hasToString(expected);
			assertThat(parsed.args()).isEqualTo(args == null ? "" : args);
			assertThat(parser.suggest(typed)).isEmpty();
		}
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			grupper 4            | -
			Här!                 | -
			ga med K7            | -
			lagesrapport skicka  | -
			gåmed K7             | gå med
			grupepr 4            | grupper
			utvardra 5           | utvärdera
			webblänk             | -
			webb länk            | -
			""")
	void saysHowItReadASlipOrGluedWords(String typed, String corrected) {
		assertThat(parser.parse(typed).orElseThrow().corrected()).isEqualTo(corrected.equals("-") ? null : corrected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			lapp anom Hemligt text | lapp anom Hemligt text    | anom Hemligt text
			lapp anom Hemligt text | lapp anon Hemligt text    | Hemligt text
			""")
	void suggestsEachCommandWithItsOwnArguments(String typed, String command, String args) {
		assertThat(parser.suggest(typed).orElseThrow().candidates())
			.anySatisfy(s -> assertThat(s.command()).isEqualTo(command))
			.anySatisfy(s -> assertThat(s.args()).isEqualTo(args));
	}

	private static CommandHandler handler(CommandNames names, boolean takesArguments, boolean anonymous) {
		return new CommandHandler() {
			@Override
			public CommandSpec spec() {
				return new CommandSpec(names, Access.EVERYONE, "help", anonymous);
			}

			@Override
			public boolean takesArguments() {
				return takesArguments;
			}

			@Override
			public List<Message> handle(CommandContext context) {
				return List.of(Message.text(names.english()));
			}

			@Override
			public String toString() {
				return names.english();
			}
		};
	}

}
