package se.samverka.digest;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.Message;
import se.samverka.network.NetworkAudience;

/** {@code digest send} (organisers): sends the waiting digest, or a fresh one, to the steering conversations. */
@Component
class DigestSendCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(DigestAccess.SEND, Access.ORGANISER, "help.digest-send");

	private final DigestAccess access;

	private final DigestDispatch dispatch;

	private final NetworkAudience audience;

	DigestSendCommand(DigestAccess access, DigestDispatch dispatch, NetworkAudience audience) {
		this.access = access;
		this.dispatch = dispatch;
		this.audience = audience;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		DigestAccess.Decision decision = access.organisers(ctx, SPEC);
		if (!decision.allowed()) {
			return List.of(decision.refusal());
		}
		Optional<DigestDocument> sent = dispatch.sendNow(decision.network());
		if (sent.isEmpty()) {
			return List.of(Message.text(ctx.t("digest.no-steering")));
		}
		int conversations = audience.steeringConversations(decision.network()).size();
		return List.of(Message.text(ctx.t(sent.get().kind() == DigestKind.MANUAL ? "digest.sent.fresh" : "digest.sent.waiting",
				conversations)));
	}

}
