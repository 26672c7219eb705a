package se.samverka.reflection;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/**
 * {@code note anon <text>}: a note that keeps nothing of who wrote it. The command is
 * anonymous, so the conversation log keeps only that it was used.
 */
@Component
class AnonymousNoteCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("note anon", "lapp anon", "lapp anonym"),
			Access.IN_NETWORK, "help.note-anon", true)
		.onlyInPersonalChats();

	private final NoteWriting writing;

	AnonymousNoteCommand(NoteWriting writing) {
		this.writing = writing;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		return writing.write(ctx, true);
	}

}
