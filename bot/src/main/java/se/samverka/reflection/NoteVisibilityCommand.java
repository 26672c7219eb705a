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

	private final BoardAccess access;

	private final Notes notes;

	private final BoardPosts posts;

	private final boolean hide;

	NoteVisibilityCommand(BoardAccess access, Notes notes, BoardPosts posts, boolean hide) {
		this.access = access;
		this.notes = notes;
		this.posts = posts;
		this.hide = hide;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		BoardAccess.Decision decision = access.organisers(ctx, spec(), true);
		if (!decision.allowed()) {
			return List.of(decision.refusal());
		}
		Optional<NoteNumber> target = NoteNumber.parse(ctx.args());
		if (target.isEmpty() || !target.get().rest().isEmpty()) {
			return List.of(Message.text(ctx.t(hide ? "board.note.hide-usage" : "board.note.show-usage")));
		}
		int number = target.get().number();
		if (notes.setHidden(decision.board(), number, hide) != Notes.Change.DONE) {
			return List.of(Message.text(ctx.t(hide ? "board.note.no-such" : "board.note.not-hidden", number)));
		}
		posts.refreshSoon(decision.board());
		return List.of(Message.text(ctx.t(hide ? "board.note.hidden" : "board.note.shown", number)));
	}

}
