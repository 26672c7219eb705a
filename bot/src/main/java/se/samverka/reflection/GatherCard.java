package se.samverka.reflection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Message;
import se.samverka.chat.Texts;

/** The summary {@code gather} posts: per column and group the notes, most +1 first. */
final class GatherCard {

	/** Notes per group in the summary; the rest are in the export. */
	static final int NOTES_PER_GROUP = 10;

	private final Texts texts;

	private final BoardCard cards;

	GatherCard(Texts texts) {
		this.texts = texts;
		this.cards = new BoardCard(texts);
	}

	Message render(Board board, List<Gathering.Column> columns, Locale locale) {
		Message.Builder card = Message.builder().heading(texts.get(locale, "board.gather.heading", board.title()));
		for (int c = 0; c < columns.size(); c++) {
			Gathering.Column column = columns.get(c);
			card.divider().paragraph(columns.size() > 1 ? (c + 1) + ". " + column.name() : column.name(), Tone.GOOD);
			if (column.groups().isEmpty()) {
				card.paragraph(texts.get(locale, "board.card.no-notes"), Tone.SUBTLE);
			}
			for (Gathering.Group group : column.groups()) {
				StringBuilder lines = new StringBuilder(cards.groupName(group.group(), locale));
				group.notes()
					.stream()
					.limit(NOTES_PER_GROUP)
					.forEach(r -> lines.append('\n').append(BoardCard.line(r.note(), r.plusOnes())));
				if (group.notes().size() > NOTES_PER_GROUP) {
					lines.append('\n')
						.append(texts.get(locale, "board.gather.more", group.notes().size() - NOTES_PER_GROUP));
				}
				card.paragraph(lines.toString());
			}
			if (!column.breakdown().isEmpty()) {
				card.paragraph(texts.get(locale, "board.gather.breakdown", column.notes()), Tone.SUBTLE);
				List<Fact> facts = new ArrayList<>();
				for (Map.Entry<String, Integer> bucket : column.breakdown().entrySet()) {
					String name = bucket.getKey().equals(Gathering.OTHER) ? texts.get(locale, "board.gather.other")
							: bucket.getKey();
					facts.add(new Fact(name, String.valueOf(bucket.getValue())));
				}
				card.facts(facts);
			}
			else if (column.notes() > 0) {
				card.paragraph(texts.get(locale, "board.gather.no-breakdown", Gathering.MIN_NOTES_FOR_BREAKDOWN),
						Tone.SUBTLE);
			}
		}
		return card.build();
	}

}
