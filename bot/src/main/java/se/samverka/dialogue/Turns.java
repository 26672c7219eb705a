package se.samverka.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverka.chat.Caller;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.Texts;
import se.samverka.conversation.ConversationReferences;
import se.samverka.conversation.Transcript;
import se.samverka.metrics.TurnMeters;
import se.samverka.network.Networks;
import se.samverka.network.People;

/**
 * One turn of the dialogue, the same on every channel: who is talking and in which
 * network, was this delivery seen before, keep it in the transcript, may this person run
 * the command (decided here, once, from its {@link CommandSpec#access()}), run it, keep
 * the replies. Adapters call {@link #handle(Inbound)} and render what it returns. An
 * anonymous command typed in a shared conversation is refused before any of that
 * ({@link SharedConversationRefusal}); an anonymous command's replies are for its sender
 * only ({@link TurnOutcome#forSenderOnly()}).
 */
@Service
public class Turns {

	/**
	 * About the largest message Teams takes (28 KB for connectors, the strictest figure):
	 * a whole agenda pasted from the slides fits.
	 */
	static final int MAX_COMMAND_TEXT = 28_000;

	private static final Logger log = LoggerFactory.getLogger(Turns.class);

	/** What the log keeps of a near miss that might be an anonymous command. */
	private static final String DID_YOU_MEAN = "did you mean";

	private final People people;

	private final Networks networks;

	private final Callers callers;

	private final Transcript transcript;

	private final ConversationReferences references;

	private final Texts texts;

	private final CommandParser parser;

	private final SharedConversationRefusal refusal;

	private final NearMisses nearMisses;

	private final TurnMeters meters;

	Turns(People people, Networks networks, Callers callers, Transcript transcript, ConversationReferences references,
			Texts texts, List<CommandHandler> handlers, SharedConversationRefusal refusal, TurnMeters meters) {
		this.meters = meters;
		this.refusal = refusal;
		this.nearMisses = new NearMisses(texts);
		this.people = people;
		this.networks = networks;
		this.callers = callers;
		this.transcript = transcript;
		this.references = references;
		this.texts = texts;
		this.parser = new CommandParser(handlers);
	}

	public TurnOutcome handle(Inbound inbound) {
		return meters.timed(inbound.conversation().channel(), () -> turn(inbound));
	}

	private TurnOutcome turn(Inbound inbound) {
		PersonId person = people.identify(inbound.sender());
		Optional<CommandParser.Parsed> parsed = parser.parse(inbound.text().strip());
		Callers.Resolution resolution = callers.resolve(inbound.conversation(), person, inbound.action(),
				parsed.map(CommandParser.Parsed::handler), parsed.map(CommandParser.Parsed::args).orElse(""));
		Caller caller = resolution.caller();
		Optional<NetworkId> network = Optional.ofNullable(caller.network());
		Optional<CommandParser.Suggestions> suggested = parsed.isPresent() ? Optional.empty()
				: parser.suggest(inbound.text().strip());
		// a near miss that may be an anonymous command is refused here like the command
		Optional<CommandParser.Parsed> refused = (parsed.isPresent() ? parsed.stream()
				: suggested.stream().flatMap(s -> s.candidates().stream()).map(CommandParser.Suggestion::parsed))
			.filter(p -> refusal.applies(inbound, p.handler(),
					new CommandContext(inbound, person, people.localeOf(person), p.args(), texts, caller)))
			.findFirst();
		if (refused.isPresent()) {
			// before the transcript, so nothing of it is kept; only how to reach the
			// person
			rememberWhere(inbound, person, true);
			return refusal.refuse(inbound, person, caller, refused.get().handler().spec(), people.localeOf(person));
		}
		// a near miss that might be an anonymous command is kept as one: nothing of its
		// text; in a personal chat, a command anonymous only for some targets (a vote in
		// an ordinary poll) is kept like any message, so it stays in that chat's history
		boolean anonymous = parsed
			.map(p -> p.handler().spec().anonymous() && (inbound.kind() != ConversationKind.PERSONAL || p.handler()
				.anonymousFor(new CommandContext(inbound, person, people.localeOf(person), p.args(), texts, caller))))
			.orElse(suggested.map(CommandParser.Suggestions::anonymous).orElse(false));
		boolean fresh = anonymous ? transcript.recordAnonymous(inbound,
				parsed.map(p -> p.handler().spec().names().english()).orElse(DID_YOU_MEAN), network.orElse(null))
				: transcript.recordInbound(inbound, person, network.orElse(null));
		if (!fresh) {
			return TurnOutcome.duplicateDelivery();
		}
		rememberWhere(inbound, person, anonymous);
		List<Message> replies;
		String[] echo = new String[1];
		try {
			replies = resolution.scope(respond(inbound, person, resolution, people.localeOf(person), echo));
		}
		catch (RuntimeException ex) {
			log.error("Turn failed (conversation {}, key {})", inbound.conversation().asString(), inbound.dedupKey(),
					ex);
			replies = List.of(Message.text(texts.get(people.localeOf(person), "error.generic")));
		}
		if (echo[0] != null && !anonymous) {
			// the history says what the button did, as the page did
			transcript.describeInbound(inbound.dedupKey(), echo[0]);
		}
		Locale locale = people.localeOf(person);
		NetworkId networkAfter = resolution.asks() ? null : resolution.pinned() ? caller.network()
				: networks.contextFor(inbound.conversation(), person).orElse(null);
		if (network.isEmpty() && networkAfter != null && !anonymous) {
			// the message that created or joined a network belongs to that network's
			// dialogue
			transcript.assignNetwork(inbound.dedupKey(), networkAfter);
		}
		for (Message reply : replies) {
			if (anonymous) {
				transcript.recordAnonymousReply(inbound, networkAfter, reply);
			}
			else {
				transcript.recordOutbound(inbound.conversation(), person, networkAfter, reply);
			}
		}
		// typed in a shared conversation it passed the refusal: nothing anonymous in it
		boolean forSenderOnly = anonymous && (inbound.kind() == ConversationKind.PERSONAL || inbound.action() != null);
		return new TurnOutcome(false, locale, replies, forSenderOnly, echo[0]);
	}

	private void rememberWhere(Inbound inbound, PersonId person, boolean anonymous) {
		references.remember(inbound.conversation(), inbound.kind(), inbound.platformReference(), anonymous);
		if (inbound.conversation().channel() == inbound.sender().channel()) {
			// a Teams or Slack member acting on their web page is still reached where
			// they are
			people.rememberReach(person, inbound.conversation(), inbound.kind(), inbound.platformReference());
		}
	}

	/** {@code echo} receives what a pressed button did, when its command says. */
	private List<Message> respond(Inbound inbound, PersonId person, Callers.Resolution resolution, Locale locale,
			String[] echo) {
		String text = inbound.text().strip();
		if (text.isEmpty()) {
			return List.of(Message.text(texts.get(locale, "error.empty")));
		}
		if (text.length() > MAX_COMMAND_TEXT) {
			return List.of(Message.text(texts.get(locale, "error.too-long", text.length(), MAX_COMMAND_TEXT)));
		}
		Optional<CommandParser.Parsed> parsed = parser.parse(text);
		if (parsed.isEmpty()) {
			Optional<CommandParser.Suggestions> suggested = parser.suggest(text);
			if (suggested.isPresent()) {
				log.debug("Near miss of {} commands in conversation {}", suggested.get().candidates().size(),
						inbound.conversation().asString());
				return List.of(nearMisses.didYouMean(suggested.get(), inbound, locale));
			}
			return List.of(Message.text(texts.get(locale, "error.unknown-command", firstWords(text))));
		}
		return nearMisses.told(run(inbound, person, resolution, locale, parsed.get(), echo), parsed.get(), locale);
	}

	private List<Message> run(Inbound inbound, PersonId person, Callers.Resolution resolution, Locale locale,
			CommandParser.Parsed parsed, String[] echo) {
		Caller caller = resolution.caller();
		CommandHandler handler = parsed.handler();
		CommandSpec spec = handler.spec();
		if (resolution.asks()) {
			return List.of(callers.whichNetwork(resolution, locale, spec.names().in(locale)));
		}
		Optional<String> refusal = Admission.refusal(spec, caller);
		if (refusal.isPresent()) {
			log.debug("Command {} refused to person {} in conversation {}", spec.names().english(), person,
					inbound.conversation().asString());
			return List.of(Message.text(texts.get(locale, refusal.get(), spec.names().in(locale),
					Objects.toString(caller.networkName(), ""))));
		}
		log.debug("Command {} in conversation {}", spec.names().english(), inbound.conversation().asString());
		CommandContext context = new CommandContext(inbound, person, locale, parsed.args(), texts, caller);
		List<Message> replies = handler.handle(context);
		if (inbound.action() != null) {
			echo[0] = handler.echo(context).orElse(null);
		}
		return replies;
	}

	/** Enough of what was typed to recognise it in the reply, never a wall of text. */
	private static String firstWords(String text) {
		String line = text.lines().findFirst().orElse("").strip();
		return line.length() > 40 ? line.substring(0, 40) + "…" : line;
	}

}
