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
			CommandNames.of("board export", "vägg export", "vägg exportera"), Access.MEMBER, "help.board-export");

	private final BoardAccess access;

	private final ExportLinks links;

	BoardExportCommand(BoardAccess access, ExportLinks links) {
		this.access = access;
		this.links = links;
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
		Board board = decision.board();
		return List.of(Message.builder()
			.paragraph(ctx.t("board.export", board.title()))
			.paragraph("Markdown: " + links.linkTo(board, "md"))
			.paragraph("CSV: " + links.linkTo(board, "csv"))
			.build());
	}

}
