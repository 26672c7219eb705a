package se.samverka.reflection;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandNames;

/** {@code note hide <n>} (organisers): takes a note off the board, anonymous ones too. */
@Component
class NoteHideCommand extends NoteVisibilityCommand {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("note hide", "lapp dölj"), Access.ORGANISER,
			"help.note-hide");

	NoteHideCommand(Boards boards, Notes notes, BoardPosts posts) {
		super(boards, notes, posts, true);
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

}
