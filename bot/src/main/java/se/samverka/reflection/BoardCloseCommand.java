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

	private final BoardAccess access;

	private final Boards boards;

	private final BoardPosts posts;

	BoardCloseCommand(BoardAccess access, Boards boards, BoardPosts posts) {
		this.access = access;
		this.boards = boards;
		this.posts = posts;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		BoardAccess.Decision decision = access.organisers(ctx, SPEC, true);
		if (!decision.allowed()) {
			return List.of(decision.refusal());
		}
		if (!boards.close(decision.board())) {
			return List.of(Message.text(ctx.t("board.close.already", decision.board().title())));
		}
		posts.refreshSoon(decision.board());
		return List.of(Message.text(ctx.t("board.close.done", decision.board().title())));
	}

}
