package se.samverka.meeting;

import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.network.Networks;
import se.samverka.network.Role;
import se.samverka.network.NetworkAccess;

/**
 * Which network a meeting command is about, and whether the caller may run it: the answer
 * is either the network or the friendly refusal to send instead.
 */
@Component
class MeetingAccess {

	private final Networks networks;

	private final NetworkAccess access;

	MeetingAccess(Networks networks, NetworkAccess access) {
		this.networks = networks;
		this.access = access;
	}

	/** The network's zone, in which its agendas' times are meant. */
	ZoneId zoneOf(NetworkId network) {
		return access.zoneOf(network);
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
		if (networks.membership(network.get(), ctx.person()).isEmpty()
				&& networks.linkOf(ctx.conversation()).isEmpty()) {
			return new Decision(null, Message.text(ctx.t("error.no-network")));
		}
		return new Decision(network.get(), null);
	}

	Decision organisers(CommandContext ctx, CommandSpec spec) {
		Decision members = members(ctx);
		if (!members.allowed()) {
			return members;
		}
		if (!networks.rolesOf(members.network(), ctx.person()).contains(Role.ORGANISER)) {
			return new Decision(null, Message.text(ctx.t("error.organisers-only", spec.names().in(ctx.locale()))));
		}
		return members;
	}

}
