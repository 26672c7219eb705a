package se.samverka.network;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Button;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Languages;
import se.samverka.chat.Message;

/**
 * {@code language en} / {@code språk sv}: the language Samverka uses with this person.
 */
@Component
class LanguageCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("language", "språk", "sprak"),
			Access.EVERYONE, "help.language");

	private final People people;

	LanguageCommand(People people) {
		this.people = people;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		Optional<Locale> chosen = Languages.parse(ctx.args());
		if (chosen.isEmpty()) {
			return List.of(Message.builder()
				.paragraph(ctx.t("language.usage"))
				.buttons(Button.of("Svenska", "språk sv"), Button.of("English", "language en"))
				.build());
		}
		people.setLocale(ctx.person(), chosen.get());
		return List.of(Message.text(ctx.texts().get(chosen.get(), "language.set")));
	}

}
