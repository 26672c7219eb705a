package se.samverka.digest;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.network.NetworkAudience;

/**
 * {@code digest send} (organisers): sends the waiting digest, or a fresh one, to the
 * steering conversations.
 */
@Component
class DigestSendCommand extends OrganiserCommand {

	private static final CommandSpec SPEC = new CommandSpec(DigestAccess.SEND, Access.ORGANISER, "help.digest-send");

	private final DigestDispatch dispatch;

	private final NetworkAudience audience;

	DigestSendCommand(DigestAccess access, DigestDispatch dispatch, NetworkAudience audience) {
		super(access);
		this.dispatch = dispatch;
		this.audience = audience;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	List<Message> handle(CommandContext ctx, NetworkId network) {
		Optional<DigestDocument> sent = dispatch.sendNow(network);
		if (sent.isEmpty()) {
			return List.of(Message.text(ctx.t("digest.no-steering")));
		}
		int conversations = audience.steeringConversations(network).size();
		return List.of(Message.text(ctx
			.t(sent.get().kind() == DigestKind.MANUAL ? "digest.sent.fresh" : "digest.sent.waiting", conversations)));
	}

}
