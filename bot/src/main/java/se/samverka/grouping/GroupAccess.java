package se.samverka.grouping;

import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.network.NetworkAccess;
import se.samverka.network.NetworkAccess.Admission;

/**
 * Which network a grouping command is about and whether the caller may run it: either the
 * network and the caller's membership, or the friendly refusal to send instead.
 */
@Component
class GroupAccess {

	private final NetworkAccess access;

	GroupAccess(NetworkAccess access) {
		this.access = access;
	}

	/** Members only: groups are made of members, with their organisations. */
	Admission members(CommandContext ctx) {
		return access.members(ctx, "grouping.not-member");
	}

	Admission organisers(CommandContext ctx, CommandSpec spec) {
		return members(ctx).requireOrganiser(ctx, spec);
	}

}
