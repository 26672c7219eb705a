package se.samverka.digest;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.network.Networks;
import se.samverka.network.Role;

/** Digest commands are for organisers of the network the conversation is about. */
@Component
class DigestAccess {

	static final CommandNames SCHEDULE = CommandNames.of("digest schedule", "lägesrapport schema", "lagesrapport schema");

	static final CommandNames PREVIEW = CommandNames.of("digest preview", "lägesrapport förhandsvisa",
			"lagesrapport forhandsvisa", "lägesrapport förhandsgranska");

	static final CommandNames APPROVAL = CommandNames.of("digest approval", "lägesrapport godkännande",
			"lagesrapport godkannande");

	static final CommandNames SEND = CommandNames.of("digest send", "lägesrapport skicka", "lagesrapport skicka");

	private final Networks networks;

	DigestAccess(Networks networks) {
		this.networks = networks;
	}

	/** The network, or the friendly refusal to answer with instead. */
	record Decision(NetworkId network, Message refusal) {

		boolean allowed() {
			return refusal == null;
		}

	}

	Decision organisers(CommandContext ctx, CommandSpec spec) {
		Optional<NetworkId> network = networks.contextFor(ctx.conversation(), ctx.person());
		if (network.isEmpty()) {
			return new Decision(null, Message.text(ctx.t("error.no-network")));
		}
		if (!networks.rolesOf(network.get(), ctx.person()).contains(Role.ORGANISER)) {
			return new Decision(null, Message.text(ctx.t("error.organisers-only", spec.names().in(ctx.locale()))));
		}
		return new Decision(network.get(), null);
	}

}
