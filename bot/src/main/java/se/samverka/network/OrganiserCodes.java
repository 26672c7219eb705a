package se.samverka.network;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;

/**
 * Where an organiser code may be shown: only in the caller's personal chat. Asked for in
 * a shared conversation (a channel, a group chat, a playground room), the code goes to
 * the caller's personal chat through the delivery ledger, and the room is told only that
 * it was sent: whoever reads a room's history must not become organiser.
 */
@Component
class OrganiserCodes {

	private final PersonalMessages personal;

	OrganiserCodes(PersonalMessages personal) {
		this.personal = personal;
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

}
