package se.samverka.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.SamverkaTest;
import se.samverka.grouping.Grouping;

/**
 * Anonymous notes stored with a group of fewer than five before the rule lose it at
 * start-up; those in a group of five keep it, and signed notes are left alone.
 */
@SamverkaTest
class AnonymousGroupCleanupIntegrationTests {

	static final Instant AT = Instant.parse("2026-03-25T08:40:00Z");

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AnonymousGroupCleanup cleanup;

	@Test
	void takesTheSmallGroupOffAnonymousNotesStoredBefore() {
		String meeting = "m-" + UUID.randomUUID();
		Board board = mongo.insert(new Board("slot:" + meeting + "@0930", "n-" + meeting, meeting, "09:30",
				"Grupparbete", List.of("Fråga"), Board.BoardState.OPEN, 4, null, AT));
		mongo.insert(new Grouping(meeting + "@09:30", meeting, board.networkId(), "09:30", "Grupparbete", 3, List
			.of(new Grouping.Group(1, List.of("a", "b", "c")), new Grouping.Group(2, List.of("d", "e", "f", "g", "h"))),
				1L, "a", AT, 0));
		Note small = mongo.insert(note(board, 1, 1, null));
		Note big = mongo.insert(note(board, 2, 2, null));
		Note signed = mongo.insert(note(board, 3, 1, "a"));

		cleanup.cleanUp();
		cleanup.cleanUp();

		assertThat(mongo.findById(small.id(), Note.class).group()).isNull();
		assertThat(mongo.findById(big.id(), Note.class).group()).isEqualTo(2);
		assertThat(mongo.findById(signed.id(), Note.class).group()).isEqualTo(1);
	}

	private static Note note(Board board, int number, int group, String author) {
		return new Note(UUID.randomUUID().toString(), board.id(), 0, number, group, author,
				author == null ? null : "Polisen", "Lapp " + number, false, AT, null);
	}

}
