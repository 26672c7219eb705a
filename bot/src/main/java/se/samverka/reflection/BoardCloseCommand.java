package se.samverka.reflection;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/**
 * {@code board close} (organisers): no more notes or +1s on the current board; it can
 * still be gathered and exported.
 */
@Component
class BoardCloseCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("board close", "vägg stäng", "tavla stäng"),
			Access.ORGANISER, "help.board-close");

	private final Boards boards;

	private final BoardPosts posts;

	BoardCloseCommand(Boards boards, BoardPosts posts) {
		this.boards = boards;
		this.posts = posts;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		CurrentBoard current = CurrentBoard.of(boards, ctx);
		if (!current.found()) {
			return List.of(current.problem());
		}
		if (!boards.close(current.board())) {
			return List.of(Message.text(ctx.t("board.close.already", current.board().title())));
		}
		posts.refreshSoon(current.board());
		return List.of(Message.text(ctx.t("board.close.done", current.board().title())));
	}

}
