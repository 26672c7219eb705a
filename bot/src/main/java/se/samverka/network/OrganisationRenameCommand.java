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
 * {@code organisation rename <old> | <new>}: organisers give an organisation a new name;
 * its members and what they wrote (votes, answers, notes) follow, so every count does. A
 * name another organisation already has is a merge, and is refused here as one.
 */
@Component
class OrganisationRenameCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("organisation rename", "organisation byt namn", "organization rename"), Access.ORGANISER,
			"help.organisation-rename");

	private static final Logger log = LoggerFactory.getLogger(OrganisationRenameCommand.class);

	private final Organisations organisations;

	OrganisationRenameCommand(Organisations organisations) {
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
			return List.of(Message.text(ctx.t("organisation.rename.usage")));
		}
		String to = names.get().second();
		if (to.length() > JoinCommand.MAX_ORGANISATION) {
			return List.of(Message.text(ctx.t("join.organisation-too-long", JoinCommand.MAX_ORGANISATION)));
		}
		Optional<Organisation> from = organisations.find(ctx.network(), names.get().first());
		if (from.isEmpty()) {
			return List.of(OrganisationPair.unknown(ctx, organisations, names.get().first()));
		}
		Optional<Organisation> taken = organisations.find(ctx.network(), to);
		if (taken.isPresent() && !taken.get().name().equals(from.get().name())) {
			return List.of(Message.text(ctx.t("organisation.rename.taken", taken.get().name(), from.get().name())));
		}
		organisations.rename(ctx.network(), from.get(), to);
		log.info("Organisation renamed in network {} by person {}", ctx.network(), ctx.person());
		return List.of(Message.builder()
			.paragraph(ctx.t("organisation.rename.done", from.get().name(), to, from.get().members()), Tone.GOOD)
			.build());
	}

}
