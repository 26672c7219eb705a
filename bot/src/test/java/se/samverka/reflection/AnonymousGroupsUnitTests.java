package se.samverka.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Texts;

/**
 * An anonymous note never shows a group of fewer than five: not on the card, in the
 * summary or in the exports.
 */
class AnonymousGroupsUnitTests {

	static final Instant AT = Instant.parse("2026-03-25T08:40:00Z");

	static final Board SLOT = new Board("slot:m1@0930", "n1", "m1", "09:30", "Grupparbete", List.of("Vad fungerar?"),
			Board.BoardState.OPEN, 1, null, AT);

	/** Group 1 has three members, group 2 five. */
	static final Map<Integer, Integer> SIZES = Map.of(1, 3, 2, 5);

	static Note signed(int number, int group) {
		return new Note("n" + number, SLOT.id(), 0, number, group, "p" + number, "Polisen", "Signerad " + number, false,
				AT, null);
	}

	static Note anonymous(int number, Integer group) {
		return new Note("n" + number, SLOT.id(), 0, number, group, null, null, "Anonym " + number, false, AT, null);
	}

	@Test
	void anAnonymousNoteInAGroupOfFewerThanFiveLosesItsGroup() {
		List<Note> shown = AnonymousGroups.shown(List.of(signed(1, 1), anonymous(2, 1), anonymous(3, 2)), SIZES);

		assertThat(shown).extracting(Note::group).containsExactly(1, null, 2);
	}

	@Test
	void anAnonymousNoteWhoseGroupNoLongerExistsLosesItsGroup() {
		assertThat(AnonymousGroups.shown(List.of(anonymous(1, 7)), SIZES)).extracting(Note::group).containsOnlyNulls();
		assertThat(AnonymousGroups.shown(List.of(anonymous(1, 2)), Map.of())).extracting(Note::group)
			.containsOnlyNulls();
	}

	@Test
	void theGatherSummaryAndExportsPutTheSmallGroupsAnonymousNoteUnderNoGroup() {
		List<Note> shown = AnonymousGroups.shown(List.of(signed(1, 1), anonymous(2, 1)), SIZES);

		List<Gathering.Column> columns = Gathering.of(SLOT, shown, Map.of());
		assertThat(columns.get(0).groups()).extracting(Gathering.Group::group).containsExactly(1, null);
		assertThat(columns.get(0).groups().get(0).notes()).extracting(r -> r.note().number()).containsExactly(1);

		BoardExport export = new BoardExport(java.time.ZoneId.of("Europe/Stockholm"));
		String markdown = export.markdown(SLOT, shown, Map.of());
		assertThat(markdown.substring(markdown.indexOf("### Grupp/Group 1"), markdown.indexOf("### –")))
			.doesNotContain("Anonym 2");
		assertThat(export.csv(SLOT, shown, Map.of())).contains("2;\"Vad fungerar?\";;\"Anonym 2\"");
	}

	@Test
	void theBoardCardShowsTheSmallGroupsAnonymousNoteUnderNoGroup() {
		List<Note> shown = AnonymousGroups.shown(List.of(signed(1, 1), anonymous(2, 1), anonymous(3, 2)), SIZES);
		Texts texts = mock(Texts.class, invocation -> {
			Object[] arguments = invocation.getArguments();
			return arguments.length > 2 ? arguments[1] + " " + arguments[2] : arguments[1];
		});

		String card = new BoardCard(texts).render(SLOT, shown, Map.of(), Locale.forLanguageTag("sv")).fallbackText();

		assertThat(card).containsSubsequence("board.group 1", "#1 Signerad 1", "board.group 2", "#3 Anonym 3",
				"board.group.none", "#2 Anonym 2");
	}

}
