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

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("board", "vägg", "tavla"), Access.MEMBER,
			"help.board");

	private final BoardAccess access;

	private final BoardPosts posts;

	BoardCommand(BoardAccess access, BoardPosts posts) {
		this.access = access;
		this.posts = posts;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		BoardAccess.Decision decision = access.members(ctx);
		if (!decision.allowed()) {
			return List.of(decision.refusal());
		}
		return show(decision.board(), ctx, posts);
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
