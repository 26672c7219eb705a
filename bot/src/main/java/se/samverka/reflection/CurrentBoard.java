package se.samverka.reflection;

import se.samverka.chat.CommandContext;
import se.samverka.chat.Message;

/**
 * The board a board command works on: the network's current one, which must also be open
 * to take notes and +1s. Without one, {@code problem} is the reply that says why.
 */
record CurrentBoard(Board board, Message problem) {

	/** The network's current board, open or closed. */
	static CurrentBoard of(Boards boards, CommandContext ctx) {
		return boards.current(ctx.network())
			.map(board -> new CurrentBoard(board, null))
			.orElseGet(() -> new CurrentBoard(null, Message.text(ctx.t("board.none"))));
	}

	/** The network's current board if it is open: for adding and changing notes. */
	static CurrentBoard open(Boards boards, CommandContext ctx) {
		CurrentBoard current = of(boards, ctx);
		if (current.found() && !current.board().open()) {
			return new CurrentBoard(null, Message.text(ctx.t("board.closed", current.board().title())));
		}
		return current;
	}

	boolean found() {
		return problem == null;
	}

}
