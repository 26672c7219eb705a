package se.samverka.reflection;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/** {@code note delete <n>}: the author takes their own note away, with its +1s. */
@Component
class NoteDeleteCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("note delete", "lapp ta bort", "lapp radera"), Access.IN_NETWORK, "help.note-delete");

	private final Boards boards;

	private final Notes notes;

	private final BoardPosts posts;

	NoteDeleteCommand(Boards boards, Notes notes, BoardPosts posts) {
		this.boards = boards;
		this.notes = notes;
		this.posts = posts;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		CurrentBoard current = CurrentBoard.open(boards, ctx);
		if (!current.found()) {
			return List.of(current.problem());
		}
		Optional<NoteNumber> target = NoteNumber.parse(ctx.args());
		if (target.isEmpty() || !target.get().rest().isEmpty()) {
			return List.of(Message.text(ctx.t("board.note.delete-usage")));
		}
		Notes.Change change = notes.delete(current.board(), target.get().number(), ctx.person());
		if (change == Notes.Change.DONE) {
			posts.refreshSoon(current.board());
			return List.of(Message.text(ctx.t("board.note.deleted", target.get().number())));
		}
		return List.of(NoteReplies.refusal(ctx, change, target.get().number()));
	}

}
