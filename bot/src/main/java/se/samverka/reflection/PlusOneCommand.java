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

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("+1", "plus", "gilla"), Access.MEMBER,
			"help.plus");

	private final BoardAccess access;

	private final Notes notes;

	private final BoardPosts posts;

	PlusOneCommand(BoardAccess access, Notes notes, BoardPosts posts) {
		this.access = access;
		this.notes = notes;
		this.posts = posts;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		BoardAccess.Decision decision = access.writers(ctx);
		if (!decision.allowed()) {
			return List.of(decision.refusal());
		}
		Optional<NoteNumber> target = NoteNumber.parse(ctx.args());
		if (target.isEmpty() || !target.get().rest().isEmpty()) {
			return List.of(Message.text(ctx.t("board.plus.usage")));
		}
		Notes.Change change = notes.plusOne(decision.board(), target.get().number(), ctx.person());
		if (change == Notes.Change.DONE) {
			posts.refreshSoon(decision.board());
			return List.of(Message.text(ctx.t("board.plus.done", target.get().number())));
		}
		if (change == Notes.Change.ALREADY) {
			return List.of(Message.text(ctx.t("board.plus.already", target.get().number())));
		}
		return List.of(NoteReplies.refusal(ctx, change, target.get().number()));
	}

}
