package se.samverka.slack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import com.slack.api.bolt.response.Response;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.InboundLoad;
import se.samverka.chat.Languages;
import se.samverka.chat.LogTally;
import se.samverka.chat.Message;
import se.samverka.chat.Texts;
import se.samverka.delivery.DeliveryFailed;
import se.samverka.dialogue.TurnOutcome;
import se.samverka.dialogue.Turns;

/**
 * Runs a turn after Slack has been acknowledged: the request thread only hands the
 * inbound message to the bounded {@code slackExecutor}, so Slack gets its answer well
 * within 3 seconds; the replies go out through the Web API afterwards. Only what the
 * executor took is acknowledged: when its queue is full the listener refuses the request
 * instead ({@link #refusal}), so nothing Slack was told is taken is ever dropped.
 */
class SlackDialogue {

	/** People whose language is remembered for a refusal, at most. */
	static final int REMEMBERED_LOCALES = 10_000;

	private static final Logger log = LoggerFactory.getLogger(SlackDialogue.class);

	private final LogTally failedReplies = new LogTally(log, Level.WARN);

	private final Turns turns;

	private final BlockKitRenderer renderer;

	private final Texts texts;

	private final SlackWebApi api;

	private final Executor executor;

	private final InboundLoad load;

	/**
	 * The language each person (workspace:user) last spoke, newest last; bounded, so a
	 * refusal can be in their language without asking the database while overloaded.
	 */
	private final Map<String, Locale> locales = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Locale> eldest) {
			return size() > REMEMBERED_LOCALES;
		}

	};

	SlackDialogue(Turns turns, BlockKitRenderer renderer, Texts texts, SlackWebApi api, Executor executor,
			InboundLoad load) {
		this.api = api;
		this.turns = turns;
		this.renderer = renderer;
		this.texts = texts;
		this.executor = executor;
		this.load = load;
	}

	/**
	 * Queues the turn; false, with nothing queued, when the queue is full: then the
	 * listener must not acknowledge the request as taken (see {@link #refusal}).
	 * @param inbound builds the inbound message on the worker thread, where looking up a
	 * name may take a Web API call
	 */
	boolean handleLater(String dedupKey, Supplier<Inbound> inbound, ReplyRoute route) {
		try {
			executor.execute(() -> handle(dedupKey, inbound, route));
			return true;
		}
		catch (RejectedExecutionException ex) {
			// Nothing recorded, so Slack's retry (events) or the person (commands) can
			// try again.
			load.refuse(Channel.SLACK);
			return false;
		}
	}

	/**
	 * Thrown by an event's listener that found no room: Bolt acknowledges any event whose
	 * listener answers other than 200, so the refusal goes round it to
	 * {@link SlackRequests}, which answers {@link #refusal()}.
	 */
	static final class NoRoom extends RuntimeException {

		NoRoom() {
			super("no room for a Slack event", null, false, false);
		}

	}

	/**
	 * The answer to a request that found the queue full: 503 with Retry-After, which
	 * Slack retries for events (up to three times, over some minutes) and shows as failed
	 * for a button.
	 */
	static Response refusal() {
		return Response.builder()
			.statusCode(503)
			.contentType("text/plain")
			.headers(Map.of("Retry-After", List.of(Long.toString(InboundLoad.RETRY_AFTER.toSeconds()))))
			.body("busy, try again")
			.build();
	}

	/**
	 * "Busy, try again" for a person whose command or form Slack will not send again, in
	 * the language they last spoke (Swedish when not known).
	 */
	String busy(String team, String user) {
		Locale locale;
		synchronized (locales) {
			locale = locales.get(team + ":" + user);
		}
		return texts.get(locale == null ? Languages.SWEDISH : locale, "error.busy");
	}

	/**
	 * Runs the turn of a request from the inbound journal, on a worker thread, and sends
	 * its answers.
	 */
	void run(JournalledRequest request, SlackPeople people) {
		handle(request.key(), () -> request.inbound(people), request.route(this.api));
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
		if (outcome.locale() != null) {
			synchronized (locales) {
				locales.put(inbound.sender().tenant() + ":" + inbound.sender().userId(), outcome.locale());
			}
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
			failedReplies.log("Slack reply failed (key {}, unreachable={}): {}", dedupKey, ex.unreachable(),
					ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Slack reply failed (key {})", dedupKey, ex);
		}
	}

}
