package se.samverka.reflection;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/** {@code board export}: signed links to the current board as Markdown and as CSV. */
@Component
class BoardExportCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("board export", "vägg export", "vägg exportera"), Access.IN_NETWORK, "help.board-export");

	private final Boards boards;

	private final ExportLinks links;

	BoardExportCommand(Boards boards, ExportLinks links) {
		this.boards = boards;
		this.links = links;
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
		Board board = current.board();
		return List.of(Message.builder()
			.paragraph(ctx.t("board.export", board.title()))
			.paragraph("Markdown: " + links.linkTo(board, "md"))
			.paragraph("CSV: " + links.linkTo(board, "csv"))
			.build());
	}

}
