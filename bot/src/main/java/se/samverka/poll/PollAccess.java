package se.samverka.poll;

import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.NetworkId;
import se.samverka.network.Membership;
import se.samverka.network.Networks;
import se.samverka.network.NetworkAccess;
import se.samverka.network.NetworkAccess.Admission;

/**
 * Which network a poll command is about, and whether the caller may run it: the answer is
 * either the network or the friendly refusal to send instead.
 */
@Component
class PollAccess {

	private final NetworkAccess access;

	private final Networks networks;

	PollAccess(NetworkAccess access, Networks networks) {
		this.access = access;
		this.networks = networks;
	}

	/**
	 * Voting needs membership: the organisation counts for quorum, and reminders go to
	 * members.
	 */
	Admission members(CommandContext ctx) {
		return access.members(ctx, "poll.members-only");
	}

	Admission organisers(CommandContext ctx, CommandSpec spec) {
		return access.organisers(ctx, spec);
	}

	String organisationOf(NetworkId network, CommandContext ctx) {
		return networks.membership(network, ctx.person()).map(Membership::organisation).orElse(null);
	}

	ZoneId zoneOf(NetworkId network) {
		return access.zoneOf(network);
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
