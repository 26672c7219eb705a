package se.samverka.reflection;

import java.time.LocalTime;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.Message;
import se.samverka.grouping.Groupings;

/**
 * Adding a note, named or anonymous: checks the text, files it under the author's group
 * and tells the board's cards to update. An anonymous note keeps no author or
 * organisation, and a group only of five or more (AnonymousGroups); its reply repeats
 * neither the text nor the note's number.
 */
@Component
class NoteWriting {

	private final Boards boards;

	private final Notes notes;

	private final BoardPosts posts;

	private final Groupings groups;

	NoteWriting(Boards boards, Notes notes, BoardPosts posts, Groupings groups) {
		this.boards = boards;
		this.notes = notes;
		this.posts = posts;
		this.groups = groups;
	}

	List<Message> write(CommandContext ctx, boolean anonymous) {
		CurrentBoard current = CurrentBoard.open(boards, ctx);
		if (!current.found()) {
			return List.of(current.problem());
		}
		Board board = current.board();
		NoteText text = NoteText.parse(ctx.args(), board.columns().size());
		if (!text.ok()) {
			return List.of(Message
				.text(ctx.t(text.problem(), text.text().length(), NoteText.MAX_LENGTH, board.columns().size())));
		}
		String column = board.columns().get(text.column());
		if (anonymous) {
			notes.addAnonymous(board, text.column(), text.text(), ctx.person());
			posts.refreshSoon(board);
			return List.of(Message.text(ctx.t("board.note.added-anonymous", board.title(), column)));
		}
		Integer group = board.forSlot()
				? groups.groupOf(board.meetingId(), LocalTime.parse(board.slotStart()), ctx.person()).orElse(null)
				: null;
		Note note = notes.add(board, text.column(), text.text(), group, ctx.person(), ctx.organisation());
		posts.refreshSoon(board);
		return List.of(Message.text(ctx.t("board.note.added", note.number(), board.title(), column)));
	}

}
