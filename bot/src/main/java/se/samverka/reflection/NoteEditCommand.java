package se.samverka.reflection;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/** {@code note edit <n> <text>}: the author changes their own note. */
@Component
class NoteEditCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("note edit", "lapp ändra"),
			Access.IN_NETWORK, "help.note-edit");

	private final Boards boards;

	private final Notes notes;

	private final BoardPosts posts;

	NoteEditCommand(Boards boards, Notes notes, BoardPosts posts) {
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
		if (target.isEmpty() || target.get().rest().isEmpty()) {
			return List.of(Message.text(ctx.t("board.note.edit-usage")));
		}
		String text = target.get().rest();
		String problem = NoteText.problemWith(text);
		if (problem != null) {
			return List.of(Message.text(ctx.t(problem, text.length(), NoteText.MAX_LENGTH, 1)));
		}
		Notes.Change change = notes.edit(current.board(), target.get().number(), ctx.person(), text);
		if (change == Notes.Change.DONE) {
			posts.refreshSoon(current.board());
			return List.of(Message.text(ctx.t("board.note.edited", target.get().number())));
		}
		return List.of(NoteReplies.refusal(ctx, change, target.get().number()));
	}

}
