package se.samverka.reflection;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/** {@code +1 <n>}: agree with a note, once per person and note. */
@Component
class PlusOneCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("+1", "plus", "gilla"), Access.IN_NETWORK,
			"help.plus");

	private final Boards boards;

	private final Notes notes;

	private final BoardPosts posts;

	PlusOneCommand(Boards boards, Notes notes, BoardPosts posts) {
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
			return List.of(Message.text(ctx.t("board.plus.usage")));
		}
		Notes.Change change = notes.plusOne(current.board(), target.get().number(), ctx.person());
		if (change == Notes.Change.DONE) {
			posts.refreshSoon(current.board());
			return List.of(Message.text(ctx.t("board.plus.done", target.get().number())));
		}
		if (change == Notes.Change.ALREADY) {
			return List.of(Message.text(ctx.t("board.plus.already", target.get().number())));
		}
		return List.of(NoteReplies.refusal(ctx, change, target.get().number()));
	}

}
