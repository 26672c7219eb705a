package se.samverka.evaluation;

import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.network.NetworkAccess;
import se.samverka.network.NetworkAccess.Admission;

/**
 * Which network an evaluation command is about and whether the caller may run it: the
 * network and the caller's organisation, or the friendly refusal to send instead.
 */
@Component
class EvaluationAccess {

	private final NetworkAccess access;

	EvaluationAccess(NetworkAccess access) {
		this.access = access;
	}

	Admission members(CommandContext ctx) {
		return access.members(ctx, "evaluation.members-only");
	}

	Admission organisers(CommandContext ctx, CommandSpec spec) {
		return members(ctx).requireOrganiser(ctx, spec);
	}

}
