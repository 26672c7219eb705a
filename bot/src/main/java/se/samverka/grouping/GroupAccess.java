package se.samverka.grouping;

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
 * Which network a grouping command is about and whether the caller may run it: either the network
 * and the caller's membership, or the friendly refusal to send instead.
 */
@Component
class GroupAccess {

	private final Networks networks;

	GroupAccess(Networks networks) {
		this.networks = networks;
	}

	record Decision(NetworkId network, Membership membership, Message refusal) {

		boolean allowed() {
			return refusal == null;
		}

	}

	/** Members only: groups are made of members, with their organisations. */
	Decision members(CommandContext ctx) {
		Optional<NetworkId> network = networks.contextFor(ctx.conversation(), ctx.person());
		if (network.isEmpty()) {
			return refused(ctx.t("error.no-network"));
		}
		Optional<Membership> membership = networks.membership(network.get(), ctx.person());
		if (membership.isEmpty()) {
			return refused(ctx.t("grouping.not-member"));
		}
		return new Decision(network.get(), membership.get(), null);
	}

	Decision organisers(CommandContext ctx, CommandSpec spec) {
		Decision members = members(ctx);
		if (members.allowed() && !members.membership().is(Role.ORGANISER)) {
			return refused(ctx.t("error.organisers-only", spec.names().in(ctx.locale())));
		}
		return members;
	}

	private static Decision refused(String text) {
		return new Decision(null, null, Message.text(text));
	}

}
