package se.samverka.reflection;

import se.samverka.chat.CommandContext;
import se.samverka.chat.Message;

/** The friendly answers when a note cannot be changed. */
final class NoteReplies {

	private NoteReplies() {
	}

	static Message refusal(CommandContext ctx, Notes.Change change, int number) {
		switch (change) {
			case NOT_YOURS:
				return Message.text(ctx.t("board.note.not-yours", number));
			case ANONYMOUS:
				return Message.text(ctx.t("board.note.anonymous-locked", number));
			default:
				return Message.text(ctx.t("board.note.no-such", number));
		}
	}

}
