package se.samverka.reflection;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.Texts;
import se.samverka.delivery.CardSource;
import se.samverka.delivery.DeliveryCounts;
import se.samverka.delivery.LiveCards;
import se.samverka.delivery.Outbox;

/**
 * Board cards out in the conversations, as live cards (delivery/LiveCards), updated in
 * place when notes change: a change asks for an update within five seconds, shared by all
 * changes until then, so 200 people posting at once cause one update per card every five
 * seconds, not hundreds.
 */
@Component
class BoardPosts implements CardSource {

	static final String KIND = "board";

	static final Duration SETTLE = Duration.ofSeconds(5);

	private final LiveCards cards;

	private final Outbox outbox;

	private final Boards boards;

	private final Notes notes;

	private final BoardCard card;

	BoardPosts(LiveCards cards, Outbox outbox, Boards boards, Notes notes, Texts texts) {
		this.cards = cards;
		this.outbox = outbox;
		this.boards = boards;
		this.notes = notes;
		this.card = new BoardCard(texts);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<Message> render(String boardId, Locale locale) {
		return boards.find(boardId).map(board -> card(board, locale));
	}

	@Override
	public LegacyPosts legacyPosts() {
		return new LegacyPosts("board_posts", "boardId", "boards");
	}

	Message card(Board board, Locale locale) {
		return card.render(board, notes.visibleOn(board), notes.plusOnes(board), locale);
	}

	Message addForm(Board board, Locale locale) {
		return card.addForm(board, locale);
	}

	/**
	 * Posts the card into the conversation; false when it could not be posted (then reply
	 * with it).
	 */
	boolean post(Board board, ConversationKey conversation, Locale locale) {
		DeliveryCounts counts = outbox.settle(
				cards.post(this, board.id(), new NetworkId(board.networkId()), Map.of(conversation, locale)), SETTLE);
		return counts.sent() + counts.pending() > 0;
	}

	/**
	 * The board's notes changed: update its cards soon, once for all changes until then.
	 */
	void refreshSoon(Board board) {
		cards.updateSoon(KIND, board.id());
	}

}
