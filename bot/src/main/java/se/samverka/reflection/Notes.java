package se.samverka.reflection;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.samverka.chat.PersonId;
import se.samverka.network.OrganisationCopies;

/** The notes on boards and their +1s. */
@Service
class Notes implements OrganisationCopies {

	enum Change {

		DONE, NO_NOTE, NOT_YOURS, ANONYMOUS, ALREADY

	}

	private final MongoTemplate mongo;

	private final Boards boards;

	private final Clock clock;

	private final AnonymousGroups anonymousGroups;

	Notes(MongoTemplate mongo, Boards boards, Clock clock, AnonymousGroups anonymousGroups) {
		this.mongo = mongo;
		this.boards = boards;
		this.clock = clock;
		this.anonymousGroups = anonymousGroups;
	}

	Instant now() {
		return clock.instant();
	}

	/** A note with its author and organisation. */
	Note add(Board board, int column, String text, Integer group, PersonId author, String organisation) {
		Instant now = clock.instant();
		return mongo.insert(new Note(UUID.randomUUID().toString(), board.id(), column, boards.takeNumber(board), group,
				author.value(), organisation, text, false, now, null));
	}

	/**
	 * A note that keeps no trace of who wrote it: no author, no organisation, the time to
	 * the minute, and the author's group only when it has at least five members.
	 */
	Note addAnonymous(Board board, int column, String text, PersonId author) {
		Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		return mongo.insert(new Note(UUID.randomUUID().toString(), board.id(), column, boards.takeNumber(board),
				anonymousGroups.fileUnder(board, author), null, null, text, false, minute, null));
	}

	/** A note that is still shown (not hidden), by its number on the board. */
	Optional<Note> visible(Board board, int number) {
		return Optional.ofNullable(mongo.findOne(
				Query.query(Criteria.where("boardId").is(board.id()).and("number").is(number).and("hidden").is(false)),
				Note.class));
	}

	/**
	 * The shown notes of a board, in the order they came, as every output may show them
	 * (an anonymous note in a group of fewer than five without its group).
	 */
	List<Note> visibleOn(Board board) {
		return anonymousGroups.shown(board, mongo.find(
				Query.query(Criteria.where("boardId").is(board.id()).and("hidden").is(false)).with(Sort.by("number")),
				Note.class));
	}

	Change edit(Board board, int number, PersonId person, String text) {
		return changeOwn(board, number, person, Update.update("text", text).set("editedAt", clock.instant()));
	}

	Change delete(Board board, int number, PersonId person) {
		Change allowed = ownership(board, number, person);
		if (allowed != Change.DONE) {
			return allowed;
		}
		Note note = visible(board, number).orElseThrow();
		mongo.remove(Query.query(Criteria.where("_id").is(note.id()).and("authorId").is(person.value())), Note.class);
		mongo.remove(Query.query(Criteria.where("boardId").is(board.id()).and("noteId").is(note.id())), PlusOne.class);
		return Change.DONE;
	}

	/**
	 * Hides a shown note, or shows a hidden one again; NO_NOTE when there is no such note
	 * in that state.
	 */
	Change setHidden(Board board, int number, boolean hidden) {
		long changed = mongo
			.updateFirst(Query
				.query(Criteria.where("boardId").is(board.id()).and("number").is(number).and("hidden").is(!hidden)),
					Update.update("hidden", hidden), Note.class)
			.getModifiedCount();
		return changed > 0 ? Change.DONE : Change.NO_NOTE;
	}

	/**
	 * Once per person and note; a second +1 is {@link Change#ALREADY}, whatever the
	 * timing.
	 */
	Change plusOne(Board board, int number, PersonId person) {
		Optional<Note> note = visible(board, number);
		if (note.isEmpty()) {
			return Change.NO_NOTE;
		}
		try {
			mongo.insert(new PlusOne(PlusOne.idOf(note.get().id(), person.value()), board.id(), note.get().id(),
					person.value(), clock.instant()));
			return Change.DONE;
		}
		catch (DuplicateKeyException already) {
			return Change.ALREADY;
		}
	}

	/** The +1 count of every note of the board that has any, by note id. */
	Map<String, Integer> plusOnes(Board board) {
		Aggregation count = Aggregation.newAggregation(Aggregation.match(Criteria.where("boardId").is(board.id())),
				Aggregation.group("noteId").count().as("n"));
		Map<String, Integer> counts = new HashMap<>();
		for (Document row : mongo.aggregate(count, PlusOne.class, Document.class)) {
			counts.put(row.getString("_id"), ((Number) row.get("n")).intValue());
		}
		return counts;
	}

	private Change changeOwn(Board board, int number, PersonId person, Update update) {
		Change allowed = ownership(board, number, person);
		if (allowed != Change.DONE) {
			return allowed;
		}
		long changed = mongo.updateFirst(Query.query(Criteria.where("boardId")
			.is(board.id())
			.and("number")
			.is(number)
			.and("authorId")
			.is(person.value())
			.and("hidden")
			.is(false)), update, Note.class).getModifiedCount();
		return changed > 0 ? Change.DONE : Change.NO_NOTE;
	}

	private Change ownership(Board board, int number, PersonId person) {
		Optional<Note> note = visible(board, number);
		if (note.isEmpty()) {
			return Change.NO_NOTE;
		}
		if (note.get().anonymous()) {
			return Change.ANONYMOUS;
		}
		return note.get().writtenBy(person.value()) ? Change.DONE : Change.NOT_YOURS;
	}

	/** A named note keeps its author's organisation; renames follow it there. */
	@Override
	public Where organisationCopies() {
		return new Where("notes", "boardId", "boards");
	}

}
