package se.samverka.reflection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.Texts;
import se.samverka.delivery.Outbox;
import se.samverka.delivery.Recipient;
import se.samverka.network.NetworkAudience;

/**
 * {@code gather} (organisers): the current board summed up per column and group, most +1
 * first, posted to every conversation of the network (and to the organiser's, if it is
 * not one of them).
 */
@Component
class GatherCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("gather", "samla upp", "samla"),
			Access.ORGANISER, "help.gather");

	private final Boards boards;

	private final Notes notes;

	private final NetworkAudience audience;

	/** How long the turn waits to say how many conversations got the summary. */
	private static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(5);

	private final Outbox outbox;

	private final GatherCard cards;

	GatherCommand(Boards boards, Notes notes, NetworkAudience audience, Outbox outbox, Texts texts) {
		this.boards = boards;
		this.notes = notes;
		this.audience = audience;
		this.outbox = outbox;
		this.cards = new GatherCard(texts);
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		CurrentBoard current = CurrentBoard.of(boards, ctx);
		if (!current.found()) {
			return List.of(current.problem());
		}
		Board board = current.board();
		List<Gathering.Column> columns = Gathering.of(board, notes.visibleOn(board), notes.plusOnes(board));
		NetworkId network = ctx.network();
		Locale language = audience.language(network);
		Message summary = cards.render(board, columns, language);
		String key = "gather:" + board.id() + ":" + java.util.UUID.randomUUID();
		boolean here = false;
		for (ConversationKey conversation : audience.conversations(network)) {
			here |= conversation.equals(ctx.conversation());
			outbox.enqueue(key, network, Recipient.conversation(conversation), summary);
		}
		int posted = outbox.settle(key, SETTLE).sent();
		List<Message> replies = new ArrayList<>();
		replies.add(Message.text(ctx.t("board.gather.done", board.title(), posted)));
		if (!here) {
			replies.add(cards.render(board, columns, ctx.locale()));
		}
		return replies;
	}

}
