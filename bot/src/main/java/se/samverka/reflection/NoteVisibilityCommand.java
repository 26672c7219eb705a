package se.samverka.reflection;

import java.util.List;
import java.util.Optional;

import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.Message;

/**
 * Organisers take a note off the board ({@code lapp dölj}) or put it back
 * ({@code lapp visa}), anonymous ones too; the board's cards follow.
 */
abstract class NoteVisibilityCommand implements CommandHandler {

	private final Boards boards;

	private final Notes notes;

	private final BoardPosts posts;

	private final boolean hide;

	NoteVisibilityCommand(Boards boards, Notes notes, BoardPosts posts, boolean hide) {
		this.boards = boards;
		this.notes = notes;
		this.posts = posts;
		this.hide = hide;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		CurrentBoard current = CurrentBoard.of(boards, ctx);
		if (!current.found()) {
			return List.of(current.problem());
		}
		Optional<NoteNumber> target = NoteNumber.parse(ctx.args());
		if (target.isEmpty() || !target.get().rest().isEmpty()) {
			return List.of(Message.text(ctx.t(hide ? "board.note.hide-usage" : "board.note.show-usage")));
		}
		int number = target.get().number();
		if (notes.setHidden(current.board(), number, hide) != Notes.Change.DONE) {
			return List.of(Message.text(ctx.t(hide ? "board.note.no-such" : "board.note.not-hidden", number)));
		}
		posts.refreshSoon(current.board());
		return List.of(Message.text(ctx.t(hide ? "board.note.hidden" : "board.note.shown", number)));
	}

}
