package se.samverka.homework;

import java.time.ZoneId;

import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.network.Membership;
import se.samverka.network.Networks;
import se.samverka.network.NetworkAccess;
import se.samverka.network.NetworkAccess.Admission;

/**
 * Which network a homework command is about, and whether the caller may run it: the
 * answer is either the network or the friendly refusal to send instead.
 */
@Component
class HomeworkAccess {

	private final NetworkAccess access;

	private final Networks networks;

	HomeworkAccess(NetworkAccess access, Networks networks) {
		this.access = access;
		this.networks = networks;
	}

	Admission members(CommandContext ctx) {
		return access.members(ctx, "homework.members-only");
	}

	Admission organisers(CommandContext ctx, CommandSpec spec) {
		return access.organisers(ctx, spec);
	}

	String organisationOf(NetworkId network, PersonId person) {
		return networks.membership(network, person).map(Membership::organisation).orElse(null);
	}

	ZoneId zoneOf(NetworkId network) {
		return access.zoneOf(network);
	}

}
