package se.samverka.reflection;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandNames;

/** {@code note show <n>} (organisers): puts a hidden note back on the board. */
@Component
class NoteShowCommand extends NoteVisibilityCommand {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("note show", "lapp visa"), Access.ORGANISER,
			"help.note-show");

	NoteShowCommand(Boards boards, Notes notes, BoardPosts posts) {
		super(boards, notes, posts, false);
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

}
