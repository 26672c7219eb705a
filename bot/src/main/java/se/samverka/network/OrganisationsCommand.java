package se.samverka.network;

import java.util.ArrayList;
import java.util.Comparator;
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
import se.samverka.network.Organisations.Organisation;

/**
 * {@code organisations}: the network's organisations and how many members each has. Up to
 * {@value #ORGANISATIONS_SHOWN} by name; a region's network with more gets the largest
 * {@value #ORGANISATIONS_SHOWN} and the rest as one count, so the answer stays one screen
 * (and one Teams card, one Slack message).
 */
@Component
class OrganisationsCommand implements CommandHandler {

	static final int ORGANISATIONS_SHOWN = 15;

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("organisations", "organisationer", "organizations"), Access.MEMBER, "help.organisations");

	private static final Comparator<Organisation> LARGEST_FIRST = Comparator.comparingInt(Organisation::members)
		.reversed()
		.thenComparing(o -> OrganisationNames.key(o.name()));

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
		List<Organisation> all = organisations.of(ctx.network());
		List<Organisation> shown = all.size() <= ORGANISATIONS_SHOWN ? all
				: all.stream().sorted(LARGEST_FIRST).limit(ORGANISATIONS_SHOWN).toList();
		List<Fact> facts = new ArrayList<>();
		shown.forEach(o -> facts.add(new Fact(o.name(), ctx.t("organisation.members", o.members()))));
		long without = organisations.withoutOrganisation(ctx.network());
		if (without > 0) {
			facts.add(new Fact(ctx.t("organisation.without"), ctx.t("organisation.members", without)));
		}
		Message.Builder list = Message.builder()
			.heading(ctx.t("organisation.list.heading", ctx.caller().networkName()));
		if (facts.isEmpty()) {
			return List.of(list.paragraph(ctx.t("organisation.list.none")).build());
		}
		list.facts(facts);
		if (all.size() > shown.size()) {
			List<Organisation> rest = all.stream().filter(o -> !shown.contains(o)).toList();
			list.paragraph(
					ctx.t("organisation.list.more", rest.size(), rest.stream().mapToInt(Organisation::members).sum()),
					Tone.SUBTLE);
		}
		return List.of(list.paragraph(ctx.t("organisation.list.footer"), Tone.SUBTLE).build());
	}

}
