package se.samverka.reflection;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.Texts;
import se.samverka.delivery.Deliveries;
import se.samverka.scheduler.Schedules;

/**
 * Board cards out in the conversations, updated in place when notes change. Updates are
 * throttled: a change asks for a refresh at the next five-second mark, and all changes
 * until then share it, so 200 people posting at once cause one update per card, not
 * hundreds.
 */
@Component
class BoardPosts {

	static final String REFRESH = "reflection.board-refresh";

	static final long REFRESH_EVERY_SECONDS = 5;

	/**
	 * Cards updated per refresh, newest first: older cards of a busy board stay as they
	 * were.
	 */
	static final int MAX_UPDATED = 100;

	private static final Logger log = LoggerFactory.getLogger(BoardPosts.class);

	private final MongoTemplate mongo;

	private final Deliveries deliveries;

	private final Notes notes;

	private final Schedules schedules;

	private final BoardCard cards;

	BoardPosts(MongoTemplate mongo, Deliveries deliveries, Notes notes, Schedules schedules, Texts texts) {
		this.mongo = mongo;
		this.deliveries = deliveries;
		this.notes = notes;
		this.schedules = schedules;
		this.cards = new BoardCard(texts);
	}

	Message card(Board board, Locale locale) {
		return cards.render(board, notes.visibleOn(board), notes.plusOnes(board), locale);
	}

	Message addForm(Board board, Locale locale) {
		return cards.addForm(board, locale);
	}

	/**
	 * Posts the card into the conversation; false when it could not be posted (then reply
	 * with it).
	 */
	boolean post(Board board, ConversationKey conversation, Locale locale) {
		return deliveries.postTracked(conversation, new NetworkId(board.networkId()), card(board, locale))
			.map(messageId -> {
				if (!messageId.isEmpty()) {
					mongo.save(new BoardPost(board.id() + "|" + conversation.asString(), board.id(),
							conversation.channel(), conversation.tenant(), conversation.conversationId(), messageId,
							locale.toLanguageTag(), notes.now()));
				}
				return true;
			})
			.orElse(false);
	}

	/**
	 * Asks for the board's cards to be updated at the next five-second mark, once for all
	 * changes until then.
	 */
	void refreshSoon(Board board) {
		if (!mongo.exists(Query.query(Criteria.where("boardId").is(board.id())), BoardPost.class)) {
			return;
		}
		long now = notes.now().getEpochSecond();
		long due = (now / REFRESH_EVERY_SECONDS + 1) * REFRESH_EVERY_SECONDS;
		String id = "board-refresh:" + board.id() + ":" + due;
		if (schedules.find(id).isEmpty()) {
			schedules.once(id, REFRESH, board.id(), Instant.ofEpochSecond(due), ZoneOffset.UTC);
		}
	}

	/** Updates the board's posted cards; returns how many were updated. */
	int updateAll(Board board) {
		List<BoardPost> posted = mongo.find(Query.query(Criteria.where("boardId").is(board.id()))
			.with(Sort.by(Sort.Direction.DESC, "postedAt"))
			.limit(MAX_UPDATED), BoardPost.class);
		int updated = 0;
		for (BoardPost post : posted) {
			Optional<String> kept = deliveries.update(post.conversation(), new NetworkId(board.networkId()),
					post.messageId(), card(board, Locale.forLanguageTag(post.language())));
			if (kept.isPresent()) {
				updated++;
				if (!kept.get().equals(post.messageId())) {
					mongo.updateFirst(Query.query(Criteria.where("_id").is(post.id())),
							Update.update("messageId", kept.get()), BoardPost.class);
				}
			}
		}
		log.info("Updated {} of {} posted cards of board {}", updated, posted.size(), board.id());
		return updated;
	}

}
