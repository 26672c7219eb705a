package se.samverka.slack;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Languages;
import se.samverka.chat.Message;
import se.samverka.chat.Texts;
import se.samverka.delivery.DeliveryFailed;
import se.samverka.dialogue.TurnOutcome;
import se.samverka.dialogue.Turns;

/**
 * Runs a turn after Slack has been acknowledged: the request thread only hands the
 * inbound message to the bounded {@code slackExecutor}, so Slack gets its answer well
 * within 3 seconds; the replies go out through the Web API afterwards.
 */
class SlackDialogue {

	private static final Logger log = LoggerFactory.getLogger(SlackDialogue.class);

	private final Turns turns;

	private final BlockKitRenderer renderer;

	private final Texts texts;

	private final SlackWebApi api;

	private final Executor executor;

	SlackDialogue(Turns turns, BlockKitRenderer renderer, Texts texts, SlackWebApi api, Executor executor) {
		this.api = api;
		this.turns = turns;
		this.renderer = renderer;
		this.texts = texts;
		this.executor = executor;
	}

	/**
	 * @param inbound builds the inbound message on the worker thread, where looking up a
	 * name may take a Web API call
	 */
	void handleLater(String dedupKey, Supplier<Inbound> inbound, ReplyRoute route) {
		try {
			executor.execute(() -> handle(dedupKey, inbound, route));
		}
		catch (RejectedExecutionException ex) {
			// Not recorded yet, so Slack's retry (events) or the person (commands) can
			// try again.
			log.warn("Slack work queue full; dropped key {}", dedupKey);
		}
	}

	private void handle(String dedupKey, Supplier<Inbound> supplier, ReplyRoute route) {
		TurnOutcome outcome;
		Inbound inbound;
		try {
			inbound = supplier.get();
			outcome = turns.handle(inbound);
		}
		catch (RuntimeException ex) {
			log.error("Slack turn failed (key {})", dedupKey, ex);
			send(dedupKey, route, List.of(Message.text(texts.get(Languages.SWEDISH, "error.generic"))), null);
			return;
		}
		if (outcome.duplicate()) {
			log.debug("Slack redelivery ignored (key {})", dedupKey);
			return;
		}
		send(dedupKey, forSender(inbound, outcome, route), outcome.replies(), outcome);
	}

	/**
	 * The route of the replies, or an ephemeral message in the conversation when they are
	 * for the sender only and the route would show them to everyone there.
	 */
	private ReplyRoute forSender(Inbound inbound, TurnOutcome outcome, ReplyRoute route) {
		if (!outcome.forSenderOnly() || inbound.kind() == ConversationKind.PERSONAL || !route.seenByOthers()) {
			return route;
		}
		SlackAddress address = new SlackAddress(inbound.conversation().tenant(),
				inbound.conversation().conversationId());
		return m -> api.postEphemeral(address, inbound.sender().userId(), m);
	}

	private void send(String dedupKey, ReplyRoute route, List<Message> replies, TurnOutcome outcome) {
		try {
			for (Message reply : replies) {
				for (SlackMessage message : renderer.render(reply, outcome == null ? null : outcome.locale())) {
					route.send(message);
				}
			}
		}
		catch (DeliveryFailed ex) {
			log.warn("Slack reply failed (key {}, unreachable={}): {}", dedupKey, ex.unreachable(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Slack reply failed (key {})", dedupKey, ex);
		}
	}

}
