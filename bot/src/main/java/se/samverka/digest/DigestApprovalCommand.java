package se.samverka.digest;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;

/**
 * {@code digest approval on|off} (organisers): with approval on, digests wait for
 * {@code digest send}.
 */
@Component
class DigestApprovalCommand implements CommandHandler {

	static final CommandNames NAMES = CommandNames.of("digest approval", "lägesrapport godkännande",
			"lagesrapport godkannande");

	private static final CommandSpec SPEC = new CommandSpec(NAMES, Access.ORGANISER, "help.digest-approval");

	private final DigestSchedules schedules;

	DigestApprovalCommand(DigestSchedules schedules) {
		this.schedules = schedules;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		NetworkId network = ctx.network();
		String answer = ctx.args().toLowerCase(Locale.ROOT);
		if (List.of("on", "på", "pa", "ja", "yes").contains(answer)) {
			schedules.approval(network, true);
			return List.of(Message.text(ctx.t("digest.approval.on")));
		}
		if (List.of("off", "av", "nej", "no").contains(answer)) {
			schedules.approval(network, false);
			return List.of(Message.text(ctx.t("digest.approval.off")));
		}
		return List.of(Message.text(ctx.t("digest.approval.unreadable", ctx.args())));
	}

}
