package se.samverka.evaluation;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.network.Membership;
import se.samverka.network.Networks;
import se.samverka.network.Role;

/**
 * Which network an evaluation command is about and whether the caller may run it: the network and the
 * caller's organisation, or the friendly refusal to send instead.
 */
@Component
class EvaluationAccess {

	private final Networks networks;

	EvaluationAccess(Networks networks) {
		this.networks = networks;
	}

	record Decision(NetworkId network, String organisation, Message refusal) {

		boolean allowed() {
			return refusal == null;
		}

	}

	Decision members(CommandContext ctx) {
		Optional<NetworkId> network = networks.contextFor(ctx.conversation(), ctx.person());
		if (network.isEmpty()) {
			return new Decision(null, null, Message.text(ctx.t("error.no-network")));
		}
		Optional<Membership> membership = networks.membership(network.get(), ctx.person());
		if (membership.isEmpty()) {
			return new Decision(null, null, Message.text(ctx.t("evaluation.members-only")));
		}
		return new Decision(network.get(), membership.get().organisation(), null);
	}

	Decision organisers(CommandContext ctx, CommandSpec spec) {
		Decision members = members(ctx);
		if (members.allowed() && !networks.rolesOf(members.network(), ctx.person()).contains(Role.ORGANISER)) {
			return new Decision(null, null,
					Message.text(ctx.t("error.organisers-only", spec.names().in(ctx.locale()))));
		}
		return members;
	}

}
