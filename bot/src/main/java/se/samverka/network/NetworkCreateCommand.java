package se.samverka.network;

import java.util.ArrayList;
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
 * organiser. The organiser code is shown only in a personal chat; created in a shared
 * conversation, it goes to the creator's personal chat.
 */
@Component
class NetworkCreateCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("network create", "nätverk skapa", "natverk skapa", "create network", "skapa nätverk"),
			Access.EVERYONE, "help.network-create");

	static final int MAX_NAME = 100;

	private static final Logger log = LoggerFactory.getLogger(NetworkCreateCommand.class);

	private final Networks networks;

	private final OrganiserCodes organiserCodes;

	NetworkCreateCommand(Networks networks, OrganiserCodes organiserCodes) {
		this.networks = networks;
		this.organiserCodes = organiserCodes;
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
		NetworkId id = new NetworkId(network.id());
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(ctx.t("network.created.invite-code"), network.inviteCode()));
		Message.Builder reply = Message.builder()
			.heading(ctx.t("network.created.heading", network.name()))
			.paragraph(ctx.t("network.created.body", network.inviteCode()));
		if (OrganiserCodes.mayShowHere(ctx)) {
			facts.add(OrganiserCodes.fact(ctx, network.organiserCode()));
			reply.facts(facts);
		}
		else {
			organiserCodes.sendPrivately(ctx, id, network.name(), network.organiserCode());
			reply.facts(facts).paragraph(ctx.t("network.created.organiser-code-sent"));
		}
		return List.of(reply.paragraph(ctx.t("network.created.next", network.inviteCode()), Tone.SUBTLE).build());
	}

}
