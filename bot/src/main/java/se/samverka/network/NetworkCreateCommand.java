package se.samverka.network;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;

/**
 * {@code network create <name>}: a new network homed in this conversation, the caller its
 * organiser.
 */
@Component
class NetworkCreateCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("network create", "nätverk skapa", "natverk skapa", "create network", "skapa nätverk"),
			Access.EVERYONE, "help.network-create");

	static final int MAX_NAME = 100;

	private static final Logger log = LoggerFactory.getLogger(NetworkCreateCommand.class);

	private final Networks networks;

	NetworkCreateCommand(Networks networks) {
		this.networks = networks;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		String name = ctx.args().replaceAll("\\s+", " ").strip();
		if (name.isEmpty()) {
			return List.of(Message.text(ctx.t("network.create.usage")));
		}
		if (name.length() > MAX_NAME) {
			return List.of(Message.text(ctx.t("network.create.too-long", MAX_NAME)));
		}
		var existing = networks.linkOf(ctx.conversation()).flatMap(l -> networks.find(new NetworkId(l.networkId())));
		if (existing.isPresent()) {
			return List.of(Message.text(ctx.t("network.create.already-linked", existing.get().name())));
		}
		Network network = networks.create(name, ctx.person(), ctx.conversation());
		log.info("Network {} created by person {} in conversation {}", network.id(), ctx.person(),
				ctx.conversation().asString());
		return List.of(Message.builder()
			.heading(ctx.t("network.created.heading", network.name()))
			.paragraph(ctx.t("network.created.body", network.inviteCode()))
			.facts(List.of(new Fact(ctx.t("network.created.invite-code"), network.inviteCode()),
					new Fact(ctx.t("network.created.organiser-code"), network.organiserCode())))
			.paragraph(ctx.t("network.created.next", network.inviteCode()), Tone.SUBTLE)
			.build());
	}

}
