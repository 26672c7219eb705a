package se.samverka.reflection;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/** {@code note hide <n>} (organisers): takes a note off the board, anonymous ones too. */
@Component
class NoteHideCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("note hide", "lapp dölj"), Access.ORGANISER,
			"help.note-hide");

	private final BoardAccess access;

	private final Notes notes;

	private final BoardPosts posts;

	NoteHideCommand(BoardAccess access, Notes notes, BoardPosts posts) {
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
		BoardAccess.Decision decision = access.organisers(ctx, SPEC, true);
		if (!decision.allowed()) {
			return List.of(decision.refusal());
		}
		Optional<NoteNumber> target = NoteNumber.parse(ctx.args());
		if (target.isEmpty() || !target.get().rest().isEmpty()) {
			return List.of(Message.text(ctx.t("board.note.hide-usage")));
		}
		if (notes.hide(decision.board(), target.get().number()) != Notes.Change.DONE) {
			return List.of(Message.text(ctx.t("board.note.no-such", target.get().number())));
		}
		posts.refreshSoon(decision.board());
		return List.of(Message.text(ctx.t("board.note.hidden", target.get().number())));
	}

}
