package se.samverka.homework;

import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.network.Membership;
import se.samverka.network.Network;
import se.samverka.network.Networks;
import se.samverka.network.Role;

/**
 * Which network a homework command is about, and whether the caller may run it: the answer is either
 * the network or the friendly refusal to send instead.
 */
@Component
class HomeworkAccess {

	private final Networks networks;

	HomeworkAccess(Networks networks) {
		this.networks = networks;
	}

	record Decision(NetworkId network, Message refusal) {

		boolean allowed() {
			return refusal == null;
		}

	}

	Decision members(CommandContext ctx) {
		Optional<NetworkId> network = networks.contextFor(ctx.conversation(), ctx.person());
		if (network.isEmpty()) {
			return new Decision(null, Message.text(ctx.t("error.no-network")));
		}
		if (networks.membership(network.get(), ctx.person()).isEmpty()) {
			return new Decision(null, Message.text(ctx.t("homework.members-only")));
		}
		return new Decision(network.get(), null);
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

	String organisationOf(NetworkId network, PersonId person) {
		return networks.membership(network, person).map(Membership::organisation).orElse(null);
	}

	ZoneId zoneOf(NetworkId network) {
		return networks.find(network).map(Network::timezone).map(ZoneId::of).orElse(ZoneId.of("Europe/Stockholm"));
	}

}
