package se.samverka.dialogue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Languages;
import se.samverka.chat.Message;

/** {@code help}: what the bot can do here, for this person: the commands they may run. */
@Component
class HelpCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("help", "hjälp", "hjalp", "?"),
			Access.EVERYONE, "help.help");

	private final ObjectProvider<CommandHandler> handlers;

	HelpCommand(ObjectProvider<CommandHandler> handlers) {
		this.handlers = handlers;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		List<Fact> commands = handlers.orderedStream()
			.filter(h -> ctx.caller().may(h.spec().access()))
			.sorted(Comparator.comparing((CommandHandler h) -> h.spec().access())
				.thenComparing(h -> h.spec().names().english()))
			.map(h -> new Fact(ctx.t(h.spec().helpKey() + ".example"), ctx.t(h.spec().helpKey())))
			.toList();
		Message.Builder help = Message.builder().heading(ctx.t("help.heading"));
		Optional<String> networkName = Optional.ofNullable(ctx.caller().networkName());
		help.paragraph(networkName.map(n -> ctx.t("help.in-network", n)).orElse(ctx.t("help.no-network")));
		help.facts(commands);
		help.paragraph(ctx.t("help.footer"), Tone.SUBTLE);
		help.buttons(Languages.isEnglish(ctx.locale()) ? Button.of("Svenska", "språk sv")
				: Button.of("English", "language en"));
		return List.of(help.build());
	}

}
