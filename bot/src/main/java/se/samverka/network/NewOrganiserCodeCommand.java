package se.samverka.network;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/**
 * {@code network new organiser code}: organisers replace the organiser code; the old code
 * opens nothing from now on. The new code is shown only in the caller's personal chat.
 */
@Component
class NewOrganiserCodeCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("network new organiser code",
			"nätverk ny arrangörskod", "natverk ny arrangorskod", "network new organizer code"), Access.ORGANISER,
			"help.network-new-organiser-code");

	private static final Logger log = LoggerFactory.getLogger(NewOrganiserCodeCommand.class);

	private final Networks networks;

	private final OrganiserCodes organiserCodes;

	NewOrganiserCodeCommand(Networks networks, OrganiserCodes organiserCodes) {
		this.networks = networks;
		this.organiserCodes = organiserCodes;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		String code = networks.newOrganiserCode(ctx.network());
		log.info("Organiser code of network {} replaced by person {}", ctx.network(), ctx.person());
		String name = ctx.caller().networkName();
		if (OrganiserCodes.mayShowHere(ctx)) {
			return List.of(Message.builder()
				.paragraph(ctx.t("network.new-organiser-code.done", name), Tone.GOOD)
				.facts(List.of(OrganiserCodes.fact(ctx, code)))
				.build());
		}
		organiserCodes.sendPrivately(ctx, ctx.network(), name, code);
		return List.of(Message.builder()
			.paragraph(ctx.t("network.new-organiser-code.done", name), Tone.GOOD)
			.paragraph(ctx.t("network.new-organiser-code.sent"))
			.build());
	}

}
