package se.samverka.reflection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.IdentityNumbers;
import se.samverka.chat.Message;

/**
 * {@code board create <title> | <column> | <column>} (organisers): a board of its own,
 * which becomes the current board outside group-work slots. Without columns the board has
 * one, named as the board.
 */
@Component
class BoardCreateCommand implements CommandHandler {

	static final int MAX_TITLE = 200;

	static final int MAX_COLUMNS = 8;

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("board create", "vägg skapa", "tavla skapa"), Access.ORGANISER, "help.board-create");

	private final Boards boards;

	private final BoardPosts posts;

	BoardCreateCommand(Boards boards, BoardPosts posts) {
		this.boards = boards;
		this.posts = posts;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		List<String> parts = Arrays.stream(ctx.args().split("\\|")).map(String::strip).toList();
		String title = parts.get(0);
		List<String> columns = new ArrayList<>(
				parts.subList(1, parts.size()).stream().filter(p -> !p.isEmpty()).toList());
		if (title.isEmpty()) {
			return List.of(Message.text(ctx.t("board.create.usage")));
		}
		if (title.length() > MAX_TITLE || columns.size() > MAX_COLUMNS
				|| columns.stream().anyMatch(c -> c.length() > MAX_TITLE)) {
			return List.of(Message.text(ctx.t("board.create.too-big", MAX_TITLE, MAX_COLUMNS)));
		}
		if (IdentityNumbers.containsAny(ctx.args())) {
			return List.of(Message.text(ctx.t("board.note.identity-number")));
		}
		if (columns.isEmpty()) {
			columns.add(title);
		}
		Board board = boards.create(ctx.network(), title, columns, ctx.person());
		List<Message> replies = new ArrayList<>();
		replies.add(Message.text(ctx.t("board.create.done", title, columns.size())));
		replies.addAll(BoardCommand.show(board, ctx, posts));
		return replies;
	}

}
