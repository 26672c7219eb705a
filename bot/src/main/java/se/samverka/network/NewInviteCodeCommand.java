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

/**
 * {@code network new code}: organisers replace the invite code (one that spread too far);
 * the old code opens nothing from now on, and members stay members.
 */
@Component
class NewInviteCodeCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("network new code", "nätverk ny kod",
			"natverk ny kod", "network new invite code", "nätverk ny inbjudningskod"), Access.ORGANISER,
			"help.network-new-code");

	private static final Logger log = LoggerFactory.getLogger(NewInviteCodeCommand.class);

	private final Networks networks;

	NewInviteCodeCommand(Networks networks) {
		this.networks = networks;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		String code = networks.newInviteCode(ctx.network());
		log.info("Invite code of network {} replaced by person {}", ctx.network(), ctx.person());
		return List.of(Message.builder()
			.paragraph(ctx.t("network.new-code.done", ctx.caller().networkName()), Tone.GOOD)
			.facts(List.of(new Fact(ctx.t("network.created.invite-code"), code)))
			.paragraph(ctx.t("network.new-code.next", code), Tone.SUBTLE)
			.build());
	}

}
