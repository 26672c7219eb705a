package se.samverka.network;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;

/**
 * {@code network list} / {@code nätverk lista}: the networks the caller is in, numbered
 * as {@code network switch} takes them, the one their own commands are about marked.
 */
@Component
class NetworkListCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("network list", "nätverk lista", "natverk lista", "list networks"), Access.EVERYONE,
			"help.network-list");

	private final PersonalNetworks personal;

	private final Networks networks;

	NetworkListCommand(PersonalNetworks personal, Networks networks) {
		this.personal = personal;
		this.networks = networks;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		List<Network> mine = personal.of(ctx.person());
		if (mine.isEmpty()) {
			return List.of(Message.text(ctx.t("network.list.none")));
		}
		Optional<NetworkId> chosen = personal.chosen(ctx.person(), mine);
		Message.Builder reply = Message.builder()
			.paragraph(ctx.t("network.list.heading", mine.size()))
			.paragraph(personal.numbered(ctx.locale(), mine, mine, chosen.orElse(null)));
		if (networks.linkOf(ctx.conversation()).isPresent()) {
			reply.paragraph(ctx.t("network.list.here", ctx.caller().networkName()), Tone.SUBTLE);
		}
		else if (mine.size() > 1) {
			reply.paragraph(ctx.t(chosen.isPresent() ? "network.list.how" : "network.list.none-chosen"), Tone.SUBTLE);
		}
		return List.of(reply.build());
	}

}
