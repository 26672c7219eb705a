package se.samverka.dialogue;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Caller;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Message;
import se.samverka.chat.PersonId;
import se.samverka.chat.Texts;
import se.samverka.links.LinkSigner;
import se.samverka.network.PersonalMessages;

/**
 * Anonymous commands typed in a shared conversation (a channel, a group chat, a
 * playground room), where everyone there sees who wrote them: refused before anything of
 * them is kept, so neither the conversation log nor the room's live stream has them. The
 * person is told in their personal chat, through the outbox, how to do it there; the text
 * they wrote is repeated nowhere.
 */
@Component
class SharedConversationRefusal {

	private static final Logger log = LoggerFactory.getLogger(SharedConversationRefusal.class);

	private final PersonalMessages personal;

	private final LinkSigner signer;

	private final Texts texts;

	SharedConversationRefusal(PersonalMessages personal, LinkSigner signer, Texts texts) {
		this.personal = personal;
		this.signer = signer;
		this.texts = texts;
	}

	/**
	 * Whether this turn is such a command: typed (not a click or form) in a shared
	 * conversation.
	 */
	boolean applies(Inbound inbound, CommandHandler handler, CommandContext context) {
		return inbound.kind() == ConversationKind.GROUP && inbound.action() == null
				&& handler.onlyInPersonalChats(context);
	}

	/**
	 * Tells the person privately, once per delivery (a redelivery adds nothing to the
	 * outbox), and returns the turn's outcome: a reply for their eyes only. Outside any
	 * network, or to someone the command is not for, only the reply says it.
	 */
	TurnOutcome refuse(Inbound inbound, PersonId person, Caller caller, CommandSpec spec, Locale locale) {
		String name = spec.names().in(locale);
		String example = texts.get(locale, spec.helpKey() + ".example");
		// someone the command is not for learns that in their personal chat, not here
		if (caller.network() != null && Admission.refusal(spec, caller).isEmpty()) {
			// keyed by the delivery, hashed: the outbox keeps no platform id of the room
			String messageKey = "shared-refusal:" + signer.sign("shared-refusal", inbound.dedupKey());
			personal.send(messageKey, person, caller.network(),
					Message.text(texts.get(locale, "anonymity.shared.private-message", name, example)));
		}
		log.debug("Refused an anonymous command typed in a shared conversation");
		return new TurnOutcome(false, locale, List.of(Message.text(texts.get(locale, "anonymity.shared.reply", name))),
				true);
	}

}
