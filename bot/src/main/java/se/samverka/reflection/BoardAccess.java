package se.samverka.reflection;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.network.Membership;
import se.samverka.network.Networks;
import se.samverka.network.Role;

/**
 * Which network and board a board command is about, and whether the caller may run it:
 * the answer is either what the command needs or the friendly refusal to send instead.
 */
@Component
class BoardAccess {

	private final Networks networks;

	private final Boards boards;

	BoardAccess(Networks networks, Boards boards) {
		this.networks = networks;
		this.boards = boards;
	}

	record Decision(NetworkId network, Board board, Message refusal) {

		boolean allowed() {
			return refusal == null;
		}

	}

	/** A member of the network, and the network's current board (open or closed). */
	Decision members(CommandContext ctx) {
		Optional<NetworkId> network = networks.contextFor(ctx.conversation(), ctx.person());
		if (network.isEmpty() || networks.membership(network.get(), ctx.person()).isEmpty()
				&& networks.linkOf(ctx.conversation()).isEmpty()) {
			return new Decision(null, null, Message.text(ctx.t("error.no-network")));
		}
		Optional<Board> board = boards.current(network.get());
		if (board.isEmpty()) {
			return new Decision(network.get(), null, Message.text(ctx.t("board.none")));
		}
		return new Decision(network.get(), board.get(), null);
	}

	/**
	 * Like {@link #members}, and the board must be open: for adding and changing notes.
	 */
	Decision writers(CommandContext ctx) {
		Decision members = members(ctx);
		if (members.allowed() && !members.board().open()) {
			return new Decision(null, null, Message.text(ctx.t("board.closed", members.board().title())));
		}
		return members;
	}

	/**
	 * An organiser of the network; {@code needsBoard} says whether a current board must
	 * exist.
	 */
	Decision organisers(CommandContext ctx, CommandSpec spec, boolean needsBoard) {
		Optional<NetworkId> network = networks.contextFor(ctx.conversation(), ctx.person());
		if (network.isEmpty()) {
			return new Decision(null, null, Message.text(ctx.t("error.no-network")));
		}
		if (!networks.rolesOf(network.get(), ctx.person()).contains(Role.ORGANISER)) {
			return new Decision(null, null,
					Message.text(ctx.t("error.organisers-only", spec.names().in(ctx.locale()))));
		}
		Optional<Board> board = boards.current(network.get());
		if (needsBoard && board.isEmpty()) {
			return new Decision(network.get(), null, Message.text(ctx.t("board.none")));
		}
		return new Decision(network.get(), board.orElse(null), null);
	}

	String organisationOf(NetworkId network, CommandContext ctx) {
		return networks.membership(network, ctx.person()).map(Membership::organisation).orElse(null);
	}

}
