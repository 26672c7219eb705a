package se.samverka.teams;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;

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
 * What the bot does with a verified activity: a message or card action becomes a turn of
 * the shared dialogue and its replies are posted back through the Bot Connector. A form's
 * dialog is opened from the button's own data (see {@link FormDialog}). Card actions and
 * dialog submits arrive as invokes that must be answered within 5 s, so their turn runs
 * off the request thread and Teams gets an interim answer if it is slow. A failing turn
 * is logged with ids and apologised for in the person's language, never with a stack
 * trace. At most {@code turnsAtOnce} turns hold request threads at once; an activity that
 * finds no room within {@link #ROOM_WAIT} is refused before anything is done: a message
 * with 503 and Retry-After, a card action or dialog submit with "busy, try again" as its
 * answer. So Teams never takes every request thread, and what was answered 200 for is in
 * the conversation log.
 */
class TeamsBot {

	/** How long an activity waits for room among the turns running at once. */
	static final Duration ROOM_WAIT = Duration.ofSeconds(1);

	private static final Logger log = LoggerFactory.getLogger(TeamsBot.class);

	private final LogTally slowActions = new LogTally(log, Level.INFO);

	private final LogTally failedReplies = new LogTally(log, Level.WARN);

	private final Turns turns;

	private final Texts texts;

	private final BotConnector connector;

	private final ReplyActivities replies;

	private final Executor executor;

	private final TeamsSettings settings;

	private final Semaphore room;

	private final InboundLoad load;

	TeamsBot(Turns turns, Texts texts, BotConnector connector, ReplyActivities replies, Executor executor,
			TeamsSettings settings, int turnsAtOnce, InboundLoad load) {
		this.room = new Semaphore(turnsAtOnce);
		this.load = load;
		this.turns = turns;
		this.texts = texts;
		this.connector = connector;
		this.replies = replies;
		this.executor = executor;
		this.settings = settings;
	}

	/**
	 * The HTTP answer to one activity: status and an optional JSON body (for invokes).
	 */
	record Answer(int status, String body) {

		static Answer ok() {
			return new Answer(200, null);
		}

		/** No room: try again later (with Retry-After). */
		static Answer busy() {
			return new Answer(503, null);
		}

		boolean refused() {
			return status == 503;
		}

	}

	Answer receive(Activity activity) {
		if (ActivityTypes.MESSAGE.equals(activity.getType())) {
			Optional<Inbound> inbound = InboundActivities.from(activity);
			if (inbound.isEmpty()) {
				return Answer.ok();
			}
			if (!enter()) {
				return Answer.busy();
			}
			try {
				runTurn(activity, inbound.get());
			}
			finally {
				room.release();
			}
			return Answer.ok();
		}
		if (InboundActivities.isCardActionInvoke(activity)) {
			return actionTurn(activity, TeamsBot::invokeAnswer);
		}
		if (FormDialog.isFetch(activity)) {
			return new Answer(200, FormDialog.open(activity.getValue())
				.orElseGet(() -> FormDialog.message(texts.get(locale(activity), "teams.action.unknown"))));
		}
		if (FormDialog.isSubmit(activity)) {
			return actionTurn(activity, (status, text) -> new Answer(200, FormDialog.message(text)));
		}
		if (ActivityTypes.CONVERSATION_UPDATE.equals(activity.getType()) && botWasAdded(activity)) {
			greet(activity);
		}
		if (ActivityTypes.INVOKE.equals(activity.getType())) {
			return new Answer(200, "{}");
		}
		log.debug("Ignored a Teams {} activity in conversation {}", activity.getType(), conversationId(activity));
		return Answer.ok();
	}

	/**
	 * A card action or dialog submit: its turn runs off the request thread, and Teams is
	 * answered ({@code answer} of status and text) when it is done or when the invoke
	 * deadline comes first.
	 */
	private Answer actionTurn(Activity activity, BiFunction<Integer, String, Answer> answer) {
		Optional<Inbound> inbound = InboundActivities.from(activity);
		Locale locale = locale(activity);
		if (inbound.isEmpty()) {
			return answer.apply(400, texts.get(locale, "teams.action.unknown"));
		}
		if (!enter()) {
			return answer.apply(200, texts.get(locale, "error.busy"));
		}
		try {
			return actionTurn(activity, inbound.get(), locale, answer);
		}
		finally {
			room.release();
		}
	}

	private Answer actionTurn(Activity activity, Inbound inbound, Locale locale,
			BiFunction<Integer, String, Answer> answer) {
		CompletableFuture<Locale> turn;
		try {
			turn = CompletableFuture.supplyAsync(() -> runTurn(activity, inbound), executor);
		}
		catch (RejectedExecutionException ex) {
			load.refuse(Channel.TEAMS);
			return answer.apply(200, texts.get(locale, "error.busy"));
		}
		try {
			Locale spoken = turn.get(settings.invokeDeadline().toMillis(), TimeUnit.MILLISECONDS);
			return answer.apply(200, texts.get(spoken == null ? locale : spoken, "teams.action.done"));
		}
		catch (TimeoutException ex) {
			slowActions.log("Card action or dialog submit in conversation {} still running after {}; answered for now",
					conversationId(activity), settings.invokeDeadline());
			return answer.apply(200, texts.get(locale, "teams.action.working"));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return answer.apply(200, texts.get(locale, "teams.action.working"));
		}
		catch (ExecutionException ex) {
			return answer.apply(200, texts.get(locale, "teams.error"));
		}
	}

	/**
	 * Runs one turn and posts its replies; returns the language it spoke, or null for a
	 * redelivery.
	 */
	private Locale runTurn(Activity activity, Inbound inbound) {
		Locale locale = locale(activity);
		try {
			TurnOutcome outcome = turns.handle(inbound);
			if (outcome.duplicate()) {
				log.debug("Teams redelivered activity {} in conversation {}; already handled", activity.getId(),
						conversationId(activity));
				return null;
			}
			locale = outcome.locale();
			if (outcome.forSenderOnly() && inbound.kind() == ConversationKind.GROUP) {
				// a channel cannot show a reply to one person: the invoke's answer, or
				// the
				// personal chat, tells them
				return locale;
			}
			for (Message reply : outcome.replies()) {
				for (Activity out : replies.of(reply)) {
					reply(activity, out);
				}
			}
			return locale;
		}
		catch (DeliveryFailed ex) {
			failedReplies.log("Could not reply in conversation {} to activity {}: {}", conversationId(activity),
					activity.getId(), ex.getMessage());
			return locale;
		}
		catch (RuntimeException ex) {
			log.error("Teams turn failed (conversation {}, activity {})", conversationId(activity), activity.getId(),
					ex);
			apologise(activity, locale);
			return locale;
		}
	}

	/**
	 * Takes room for one turn, waiting up to {@link #ROOM_WAIT}; false (counted as
	 * refused) when there is none.
	 */
	private boolean enter() {
		try {
			if (room.tryAcquire(ROOM_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				return true;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		load.refuse(Channel.TEAMS);
		return false;
	}

	private void apologise(Activity activity, Locale locale) {
		try {
			reply(activity, replies.of(Message.text(texts.get(locale, "teams.error"))).get(0));
		}
		catch (RuntimeException ex) {
			log.warn("Could not apologise in conversation {}: {}", conversationId(activity),
					ex.getClass().getSimpleName());
		}
	}

	private void greet(Activity activity) {
		try {
			reply(activity, replies.of(Message.text(texts.get(locale(activity), "teams.welcome"))).get(0));
		}
		catch (RuntimeException ex) {
			log.warn("Could not greet in conversation {}: {}", conversationId(activity), ex.getClass().getSimpleName());
		}
	}

	private void reply(Activity to, Activity reply) {
		reply.setConversation(to.getConversation());
		reply.setFrom(to.getRecipient());
		reply.setRecipient(to.getFrom());
		reply.setReplyToId(to.getId());
		reply.setServiceUrl(to.getServiceUrl());
		reply.setChannelId(to.getChannelId());
		connector.post(to.getServiceUrl(), to.getConversation().getId(), to.getId(), reply);
	}

	private static boolean botWasAdded(Activity activity) {
		List<ChannelAccount> added = activity.getMembersAdded();
		String bot = activity.getRecipient() == null ? null : activity.getRecipient().getId();
		return added != null && bot != null && added.stream().anyMatch(m -> bot.equals(m.getId()));
	}

	private static Locale locale(Activity activity) {
		return Languages.parse(activity.getLocale()).orElse(Languages.SWEDISH);
	}

	private static String conversationId(Activity activity) {
		return activity.getConversation() == null ? "?" : activity.getConversation().getId();
	}

	/**
	 * The body Teams expects for {@code adaptiveCard/action}: a message shown to the
	 * person who clicked.
	 */
	private static Answer invokeAnswer(int statusCode, String text) {
		ObjectNode body = Serialization.createObjectNode()
			.put("statusCode", statusCode)
			.put("type", "application/vnd.microsoft.activity.message")
			.put("value", text);
		return new Answer(200, Serialization.toStringSilent(body));
	}

}
