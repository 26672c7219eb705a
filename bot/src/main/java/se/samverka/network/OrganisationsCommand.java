package se.samverka.network;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/** {@code organisations}: the network's organisations and how many members each has. */
@Component
class OrganisationsCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("organisations", "organisationer", "organizations"), Access.MEMBER, "help.organisations");

	private final Organisations organisations;

	OrganisationsCommand(Organisations organisations) {
		this.organisations = organisations;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		List<Fact> facts = new ArrayList<>();
		organisations.of(ctx.network())
			.forEach(o -> facts.add(new Fact(o.name(), ctx.t("organisation.members", o.members()))));
		long without = organisations.withoutOrganisation(ctx.network());
		if (without > 0) {
			facts.add(new Fact(ctx.t("organisation.without"), ctx.t("organisation.members", without)));
		}
		Message.Builder list = Message.builder()
			.heading(ctx.t("organisation.list.heading", ctx.caller().networkName()));
		if (facts.isEmpty()) {
			return List.of(list.paragraph(ctx.t("organisation.list.none")).build());
		}
		return List.of(list.facts(facts).paragraph(ctx.t("organisation.list.footer"), Tone.SUBTLE).build());
	}

}
