package se.samverka.reflection;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At start-up, takes the group off anonymous notes stored before {@link AnonymousGroups}
 * whose group has fewer than five members, so that the database no longer ties them to a
 * small group either. Running it again changes nothing.
 */
@Component
class AnonymousGroupCleanup {

	private static final Logger log = LoggerFactory.getLogger(AnonymousGroupCleanup.class);

	private final MongoTemplate mongo;

	private final Boards boards;

	private final AnonymousGroups groups;

	AnonymousGroupCleanup(MongoTemplate mongo, Boards boards, AnonymousGroups groups) {
		this.mongo = mongo;
		this.boards = boards;
		this.groups = groups;
	}

	@EventListener(ApplicationReadyEvent.class)
	void cleanUp() {
		int cleared = 0;
		Query grouped = Query.query(Criteria.where("authorId").is(null).and("group").ne(null));
		for (Object boardId : mongo.findDistinct(grouped, "boardId", Note.class, String.class)) {
			cleared += clear(String.valueOf(boardId));
		}
		if (cleared > 0) {
			log.info("Took the group off {} anonymous notes in groups of fewer than {}", cleared,
					AnonymousGroups.SHOWN_FROM);
		}
	}

	/** Clears the small groups of one board's anonymous notes; how many were cleared. */
	int clear(String boardId) {
		List<Note> anonymous = mongo.find(
				Query.query(Criteria.where("boardId").is(boardId).and("authorId").is(null).and("group").ne(null)),
				Note.class);
		List<Note> kept = boards.find(boardId)
			.map(board -> groups.shown(board, anonymous))
			.orElseGet(() -> anonymous.stream().map(n -> n.withGroup(null)).toList());
		int cleared = 0;
		for (Note note : kept) {
			if (note.group() == null) {
				cleared += (int) mongo
					.updateFirst(Query.query(Criteria.where("_id").is(note.id())), new Update().unset("group"),
							Note.class)
					.getModifiedCount();
			}
		}
		return cleared;
	}

}
