package se.samverka.dialogue;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import se.samverka.chat.NetworkId;
import se.samverka.network.Network;
import se.samverka.network.Networks;
import se.samverka.network.Role;

/** {@code help}: what the bot can do here, for this person's role. */
@Component
class HelpCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("help", "hjälp", "hjalp", "?"),
			Access.EVERYONE, "help.help");

	private final ObjectProvider<CommandHandler> handlers;

	private final Networks networks;

	HelpCommand(ObjectProvider<CommandHandler> handlers, Networks networks) {
		this.handlers = handlers;
		this.networks = networks;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		Optional<NetworkId> network = networks.contextFor(ctx.conversation(), ctx.person());
		Set<Role> roles = network.map(n -> networks.rolesOf(n, ctx.person())).orElse(EnumSet.noneOf(Role.class));
		Set<Access> allowed = EnumSet.of(Access.EVERYONE);
		if (!roles.isEmpty()) {
			allowed.add(Access.MEMBER);
		}
		if (roles.contains(Role.ORGANISER) || roles.contains(Role.STEERING)) {
			allowed.add(Access.STEERING);
		}
		if (roles.contains(Role.ORGANISER)) {
			allowed.add(Access.ORGANISER);
		}
		List<Fact> commands = handlers.orderedStream()
			.filter(h -> allowed.contains(h.spec().access()))
			.sorted(Comparator.comparing((CommandHandler h) -> h.spec().access())
				.thenComparing(h -> h.spec().names().english()))
			.map(h -> new Fact(ctx.t(h.spec().helpKey() + ".example"), ctx.t(h.spec().helpKey())))
			.toList();
		Message.Builder help = Message.builder().heading(ctx.t("help.heading"));
		Optional<String> networkName = network.flatMap(networks::find).map(Network::name);
		help.paragraph(networkName.map(n -> ctx.t("help.in-network", n)).orElse(ctx.t("help.no-network")));
		help.facts(commands);
		help.paragraph(ctx.t("help.footer"), Tone.SUBTLE);
		help.buttons(Languages.isEnglish(ctx.locale()) ? Button.of("Svenska", "språk sv")
				: Button.of("English", "language en"));
		return List.of(help.build());
	}

}
