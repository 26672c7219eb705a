package se.samverka.network;

import java.util.List;
import java.util.Optional;

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
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;

/**
 * {@code organisation choose <network> <organisation>}: what the buttons of "did you mean
 * …?" run. It changes only the caller's own membership, so whoever presses a button shown
 * in a shared channel can choose only for themselves; a name that is the same as an
 * existing organisation's gets that organisation's name.
 */
@Component
class OrganisationChoiceCommand implements CommandHandler {

	static final CommandNames NAMES = CommandNames.of("organisation choose", "organisation välj", "organisation valj",
			"organization choose");

	private static final CommandSpec SPEC = new CommandSpec(NAMES, Access.EVERYONE, "help.organisation-choose");

	private static final Logger log = LoggerFactory.getLogger(OrganisationChoiceCommand.class);

	private final Networks networks;

	private final Organisations organisations;

	OrganisationChoiceCommand(Networks networks, Organisations organisations) {
		this.networks = networks;
		this.organisations = organisations;
	}

	/** How a button names the network and the person it asks. */
	static String target(NetworkId network, PersonId person) {
		return network.value() + "/" + person.value();
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		String[] parts = ctx.args().split("\\s+", 2);
		String typed = parts.length > 1 ? OrganisationNames.tidy(parts[1]) : "";
		String[] target = parts[0].split("/", 2);
		Optional<Network> network = target[0].isEmpty() ? Optional.empty() : networks.find(new NetworkId(target[0]));
		if (network.isEmpty() || typed.isEmpty()) {
			return List.of(Message.text(ctx.t("organisation.choose.usage")));
		}
		if (target.length > 1 && !target[1].equals(ctx.person().value())) {
			return List.of(Message.text(ctx.t("organisation.choose.someone-else")));
		}
		NetworkId id = new NetworkId(network.get().id());
		if (networks.membership(id, ctx.person()).isEmpty()) {
			return List.of(Message.text(ctx.t("organisation.choose.not-member", network.get().name())));
		}
		if (typed.length() > JoinCommand.MAX_ORGANISATION) {
			return List.of(Message.text(ctx.t("join.organisation-too-long", JoinCommand.MAX_ORGANISATION)));
		}
		String name = organisations.find(id, typed).map(Organisations.Organisation::name).orElse(typed);
		organisations.choose(id, ctx.person(), name);
		log.debug("Person {} chose their organisation in network {}", ctx.person(), id);
		return List.of(Message.builder()
			.paragraph(ctx.t("organisation.choose.done", name, network.get().name()), Tone.GOOD)
			.build());
	}

}
