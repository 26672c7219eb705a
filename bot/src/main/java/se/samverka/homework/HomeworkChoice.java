package se.samverka.homework;

import java.util.Optional;

import se.samverka.chat.CommandContext;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;

/**
 * Which homework a command means: the number typed after it, or else the network's
 * newest.
 */
final class HomeworkChoice {

	private HomeworkChoice() {
	}

	static Optional<Homework> choose(CommandContext ctx, Homeworks homeworks, NetworkId network) {
		String args = ctx.args().strip().replaceFirst("^#", "");
		if (args.matches("\\d{1,6}")) {
			return homeworks.byNumber(network, Integer.parseInt(args));
		}
		return homeworks.latest(network);
	}

	static Message missing(CommandContext ctx) {
		return Message
			.text(ctx.args().isBlank() ? ctx.t("homework.none") : ctx.t("homework.no-such", ctx.args().strip()));
	}

}
