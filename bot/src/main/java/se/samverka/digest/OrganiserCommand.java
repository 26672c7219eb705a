package se.samverka.digest;

import java.util.List;

import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.network.NetworkAccess.Admission;

/**
 * A digest command: refused with a friendly reply unless the caller organises the
 * conversation's network.
 */
abstract class OrganiserCommand implements CommandHandler {

	private final DigestAccess access;

	OrganiserCommand(DigestAccess access) {
		this.access = access;
	}

	@Override
	public final List<Message> handle(CommandContext ctx) {
		Admission decision = access.organisers(ctx, spec());
		if (!decision.allowed()) {
			return List.of(decision.refusal());
		}
		return handle(ctx, decision.network());
	}

	abstract List<Message> handle(CommandContext ctx, NetworkId network);

}
