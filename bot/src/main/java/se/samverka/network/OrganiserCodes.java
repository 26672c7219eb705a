package se.samverka.network;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.Texts;

/**
 * Where an organiser code may be shown: only in the caller's personal chat. Asked for in
 * a shared conversation (a channel, a group chat, a playground room), the code goes to
 * the caller's personal chat through the delivery ledger, and the room is told only that
 * it was sent: whoever reads a room's history must not become organiser.
 */
@Component
class OrganiserCodes {

	private static final Logger log = LoggerFactory.getLogger(OrganiserCodes.class);

	private final PersonalMessages personal;

	private final Networks networks;

	OrganiserCodes(PersonalMessages personal, Networks networks) {
		this.personal = personal;
		this.networks = networks;
	}

	static boolean mayShowHere(CommandContext ctx) {
		return ctx.inbound().kind() == ConversationKind.PERSONAL;
	}

	/** The code as a fact of a reply in the caller's personal chat. */
	static Fact fact(CommandContext ctx, String code) {
		return new Fact(ctx.t("network.created.organiser-code"), code);
	}

	/**
	 * Sends the code to the caller's personal chat. The ledger key holds no code (entry
	 * ids are logged); a redelivered turn never gets here, the dialogue drops it.
	 */
	void sendPrivately(CommandContext ctx, NetworkId network, String networkName, String code) {
		Message message = Message.builder()
			.heading(ctx.t("network.organiser-code.heading", networkName))
			.facts(List.of(fact(ctx, code)))
			.paragraph(ctx.t("network.organiser-code.body", code), Tone.SUBTLE)
			.build();
		personal.send("organiser-code:" + network.value() + ":" + UUID.randomUUID(), ctx.person(), network, message);
	}

	/**
	 * The organiser code was typed in a shared conversation: everyone there has seen it,
	 * and the conversation log holds it. It is replaced now, so the exposed code opens
	 * nothing, and the new one goes to every organiser's personal chat in their language.
	 */
	void replaceExposed(CommandContext ctx, NetworkId network, String networkName) {
		String code = networks.newOrganiserCode(network);
		log.info("Organiser code of network {} replaced: it was typed in conversation {}", network,
				ctx.conversation().asString());
		String key = "organiser-code-exposed:" + network.value() + ":" + UUID.randomUUID() + ":";
		for (PersonId organiser : networks.organisers(network)) {
			Locale locale = personal.languageOf(organiser);
			Texts texts = ctx.texts();
			Message message = Message.builder()
				.heading(texts.get(locale, "network.organiser-code.heading", networkName))
				.paragraph(texts.get(locale, "network.organiser-code.exposed"), Tone.WARNING)
				.facts(List.of(new Fact(texts.get(locale, "network.created.organiser-code"), code)))
				.paragraph(texts.get(locale, "network.organiser-code.body", code), Tone.SUBTLE)
				.build();
			personal.send(key + organiser.value(), organiser, network, message);
		}
	}

}
