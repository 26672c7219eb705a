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
import se.samverka.network.Organisations.Organisation;

/**
 * {@code organisation merge <a> | <b>}: organisers fold organisation a into b (two names
 * for one organisation, or a unit that belongs to another); a's members and what they
 * wrote get b's name, so every count follows.
 */
@Component
class OrganisationMergeCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("organisation merge",
			"organisation slå ihop", "organisation sla ihop", "organization merge"), Access.ORGANISER,
			"help.organisation-merge");

	private static final Logger log = LoggerFactory.getLogger(OrganisationMergeCommand.class);

	private final Organisations organisations;

	OrganisationMergeCommand(Organisations organisations) {
		this.organisations = organisations;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		Optional<OrganisationPair> names = OrganisationPair.parse(ctx.args());
		if (names.isEmpty()) {
			return List.of(Message.text(ctx.t("organisation.merge.usage")));
		}
		Optional<Organisation> from = organisations.find(ctx.network(), names.get().first());
		if (from.isEmpty()) {
			return List.of(OrganisationPair.unknown(ctx, organisations, names.get().first()));
		}
		Optional<Organisation> into = organisations.find(ctx.network(), names.get().second());
		if (into.isEmpty()) {
			return List.of(OrganisationPair.unknown(ctx, organisations, names.get().second()));
		}
		if (into.get().name().equals(from.get().name())) {
			return List.of(Message.text(ctx.t("organisation.merge.same", into.get().name())));
		}
		organisations.rename(ctx.network(), from.get(), into.get().name());
		log.info("Organisation merged in network {} by person {}", ctx.network(), ctx.person());
		int members = from.get().members() + into.get().members();
		return List.of(Message.builder()
			.paragraph(ctx.t("organisation.merge.done", from.get().name(), into.get().name(), members), Tone.GOOD)
			.build());
	}

}
