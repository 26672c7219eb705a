package se.samverka.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class GroupMovesUnitTests {

	static final Map<String, String> NAMES = Map.of("p1", "Anna Berg", "p2", "Anna Bergström", "p3", "Åsa Lind", "p4",
			"Åsa Lind");

	static final Map<String, String> LABELS = Map.of("p1", "Anna Berg (Polisen)", "p2", "Anna Bergström (Skolan)", "p3",
			"Åsa Lind (Polisen)", "p4", "Åsa Lind (Regionen)");

	@Test
	void aWholeNameWinsOverNamesItBegins() {
		assertThat(GroupMoves.matching("anna  berg", NAMES, LABELS)).containsExactly("p1");
	}

	@Test
	void aBeginningOfTheFirstOrLastNameIsEnoughWhenOnlyOneFits() {
		assertThat(GroupMoves.matching("Bergström", NAMES, LABELS)).containsExactly("p2");
		assertThat(GroupMoves.matching("Anna", NAMES, LABELS)).containsExactlyInAnyOrder("p1", "p2");
		assertThat(GroupMoves.matching("Bertil", NAMES, LABELS)).isEmpty();
	}

	@Test
	void theOrganisationTellsTwoWithTheSameNameApartAndAccentsMayBeLeftOut() {
		assertThat(GroupMoves.matching("Asa Lind", NAMES, LABELS)).containsExactlyInAnyOrder("p3", "p4");
		assertThat(GroupMoves.matching("Åsa Lind (Regionen)", NAMES, LABELS)).containsExactly("p4");
		assertThat(GroupMoves.matching("asa lind polisen", NAMES, LABELS)).containsExactly("p3");
	}

}
