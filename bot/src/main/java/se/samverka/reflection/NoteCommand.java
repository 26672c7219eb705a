package se.samverka.reflection;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/**
 * {@code note <text>}: a note on the current board, with its author (they can edit and
 * delete it).
 */
@Component
class NoteCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("note", "lapp"), Access.IN_NETWORK,
			"help.note");

	private final NoteWriting writing;

	NoteCommand(NoteWriting writing) {
		this.writing = writing;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		return writing.write(ctx, false);
	}

}
