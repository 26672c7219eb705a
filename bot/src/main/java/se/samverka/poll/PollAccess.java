package se.samverka.poll;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.network.Membership;
import se.samverka.network.Network;
import se.samverka.network.Networks;
import se.samverka.network.Role;

/**
 * Which network a poll command is about, and whether the caller may run it: the answer is either
 * the network or the friendly refusal to send instead.
 */
@Component
class PollAccess {

	private final Networks networks;

	PollAccess(Networks networks) {
		this.networks = networks;
	}

	record Decision(NetworkId network, Message refusal) {

		boolean allowed() {
			return refusal == null;
		}

	}

	/** Voting needs membership: the organisation counts for quorum, and reminders go to members. */
	Decision members(CommandContext ctx) {
		Optional<NetworkId> network = networks.contextFor(ctx.conversation(), ctx.person());
		if (network.isEmpty()) {
			return new Decision(null, Message.text(ctx.t("error.no-network")));
		}
		if (networks.membership(network.get(), ctx.person()).isEmpty()) {
			return new Decision(null, Message.text(ctx.t("poll.members-only")));
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

	String organisationOf(NetworkId network, CommandContext ctx) {
		return networks.membership(network, ctx.person()).map(Membership::organisation).orElse(null);
	}

	ZoneId zoneOf(NetworkId network) {
		return networks.find(network).map(Network::timezone).map(ZoneId::of).orElse(ZoneId.of("Europe/Stockholm"));
	}

	/** The organisations of the network's members, for quorum. */
	Set<String> organisations(NetworkId network) {
		return networks.members(network)
			.stream()
			.map(Membership::organisation)
			.filter(o -> o != null && !o.isBlank())
			.collect(Collectors.toSet());
	}

}
