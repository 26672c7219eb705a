package se.samverka.reflection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Message;
import se.samverka.chat.Texts;

/**
 * A board as a card: per column its notes grouped by group, with +1 counts, and +1
 * buttons for the newest notes. Big boards are cut to what a card holds;
 * {@code board export} has everything.
 */
final class BoardCard {

	static final int MAX_NOTES_SHOWN = 80;

	static final int MAX_NOTE_CHARS = 300;

	static final int PLUS_BUTTONS = 5;

	private final Texts texts;

	BoardCard(Texts texts) {
		this.texts = texts;
	}

	Message render(Board board, List<Note> notes, Map<String, Integer> plusOnes, Locale locale) {
		Message.Builder card = Message.builder().heading(board.title());
		if (!board.open()) {
			card.paragraph(texts.get(locale, "board.card.closed"), Tone.WARNING);
		}
		int shown = 0;
		for (int column = 0; column < board.columns().size(); column++) {
			card.divider();
			String name = board.columns().get(column);
			card.paragraph(board.columns().size() > 1 ? (column + 1) + ". " + name : name, Tone.GOOD);
			Map<Integer, List<Note>> byGroup = byGroup(notes, column);
			if (byGroup.isEmpty()) {
				card.paragraph(texts.get(locale, "board.card.no-notes"), Tone.SUBTLE);
			}
			for (Map.Entry<Integer, List<Note>> group : byGroup.entrySet()) {
				// once the card is full, no more group headings without notes under them:
				// a network of thousands has hundreds of groups
				if (shown >= MAX_NOTES_SHOWN) {
					break;
				}
				StringBuilder lines = new StringBuilder(groupName(group.getKey(), locale));
				for (Note note : group.getValue()) {
					if (shown++ >= MAX_NOTES_SHOWN) {
						break;
					}
					lines.append('\n').append(line(note, plusOnes.getOrDefault(note.id(), 0)));
				}
				card.paragraph(lines.toString());
			}
		}
		if (notes.size() > MAX_NOTES_SHOWN) {
			card.paragraph(texts.get(locale, "board.card.more", notes.size() - MAX_NOTES_SHOWN), Tone.SUBTLE);
		}
		card.paragraph(texts.get(locale, board.open() ? "board.card.footer" : "board.card.footer-closed", notes.size()),
				Tone.SUBTLE);
		if (board.open() && !notes.isEmpty()) {
			List<Note> newest = notes.subList(Math.max(0, notes.size() - PLUS_BUTTONS), notes.size());
			card.buttons(newest.stream()
				.map(n -> Button.of("+1 #" + n.number(), "+1 " + n.number()))
				.toArray(Button[]::new));
		}
		return card.build();
	}

	/**
	 * A small form to add a note: the card's input and buttons, a dialog or a Slack
	 * modal.
	 */
	Message addForm(Board board, Locale locale) {
		String hint = board.columns().size() > 1 ? "board.form.hint-columns" : "board.form.hint";
		return Message.builder()
			.paragraph(texts.get(locale, hint), Tone.SUBTLE)
			.input(new TextInput("note", texts.get(locale, "board.form.label"),
					texts.get(locale, "board.form.placeholder"), "", true, NoteText.MAX_LENGTH))
			.buttons(new Button(texts.get(locale, "board.form.add"), "note", true),
					Button.of(texts.get(locale, "board.form.add-anonymous"), "note anon"))
			.build();
	}

	String groupName(Integer group, Locale locale) {
		return group == null ? texts.get(locale, "board.group.none") : texts.get(locale, "board.group", group);
	}

	static String line(Note note, int plusOnes) {
		String text = note.text().length() > MAX_NOTE_CHARS ? note.text().substring(0, MAX_NOTE_CHARS - 1) + "…"
				: note.text();
		return "#" + note.number() + " " + text.replace('\n', ' ') + (plusOnes > 0 ? " (+" + plusOnes + ")" : "");
	}

	/** Groups in number order, "no group" last. */
	static Map<Integer, List<Note>> byGroup(List<Note> notes, int column) {
		Map<Integer, List<Note>> groups = new TreeMap<>(
				(a, b) -> a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b));
		for (Note note : notes) {
			if (note.column() == column) {
				groups.computeIfAbsent(note.group(), g -> new ArrayList<>()).add(note);
			}
		}
		return groups;
	}

}
