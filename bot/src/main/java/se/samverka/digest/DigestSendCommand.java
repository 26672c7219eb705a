package se.samverka.digest;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.network.NetworkAudience;

/**
 * {@code digest send} (organisers): sends the waiting digest, or a fresh one, to the
 * steering conversations.
 */
@Component
class DigestSendCommand implements CommandHandler {

	static final CommandNames NAMES = CommandNames.of("digest send", "lägesrapport skicka", "lagesrapport skicka");

	private static final CommandSpec SPEC = new CommandSpec(NAMES, Access.ORGANISER, "help.digest-send");

	private final DigestDispatch dispatch;

	private final NetworkAudience audience;

	DigestSendCommand(DigestDispatch dispatch, NetworkAudience audience) {
		this.dispatch = dispatch;
		this.audience = audience;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		NetworkId network = ctx.network();
		Optional<DigestDocument> sent = dispatch.sendNow(network);
		if (sent.isEmpty()) {
			return List.of(Message.text(ctx.t("digest.no-steering")));
		}
		int conversations = audience.steeringConversations(network).size();
		String reply = ctx.t(sent.get().kind() == DigestKind.MANUAL ? "digest.sent.fresh" : "digest.sent.waiting",
				conversations);
		int byEmail = audience.digestReadersByEmail(network).size();
		if (byEmail > 0) {
			reply += " " + ctx.t("digest.sent.by-email", byEmail);
		}
		return List.of(Message.text(reply));
	}

}
