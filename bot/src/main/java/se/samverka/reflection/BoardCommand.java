package se.samverka.reflection;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/**
 * {@code board}: the current board as a card that later notes update in place, and a form
 * to add a note while the board is open.
 */
@Component
class BoardCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("board", "vägg", "tavla"),
			Access.IN_NETWORK, "help.board");

	private final Boards boards;

	private final BoardPosts posts;

	BoardCommand(Boards boards, BoardPosts posts) {
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
		return show(current.board(), ctx, posts);
	}

	/**
	 * The card posted into the conversation (or replied, where posting is not possible),
	 * and the form.
	 */
	static List<Message> show(Board board, CommandContext ctx, BoardPosts posts) {
		List<Message> replies = new ArrayList<>();
		if (!posts.post(board, ctx.conversation(), ctx.locale())) {
			replies.add(posts.card(board, ctx.locale()));
		}
		replies.add(
				board.open() ? posts.addForm(board, ctx.locale()) : Message.text(ctx.t("board.closed", board.title())));
		return replies;
	}

}
