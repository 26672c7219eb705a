package se.samverka.network;

import se.samverka.chat.Block.Button;
import se.samverka.chat.CommandContext;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;

/**
 * "Did you mean Region Kronoberg?" after someone joined with a near miss of an existing
 * organisation: one button takes the existing name, the other keeps theirs as a new
 * organisation. Both name the network, so they work whichever network the conversation is
 * about.
 */
final class OrganisationQuestion {

	private OrganisationQuestion() {
	}

	static void ask(Message.Builder reply, CommandContext ctx, NetworkId network, String typed, String suggestion) {
		String choose = OrganisationChoiceCommand.NAMES.in(ctx.locale()) + " "
				+ OrganisationChoiceCommand.target(network, ctx.person()) + " ";
		reply.paragraph(ctx.t("organisation.did-you-mean", suggestion, typed))
			.buttons(new Button(ctx.t("organisation.did-you-mean.yes", suggestion), choose + suggestion, true),
					Button.of(ctx.t("organisation.did-you-mean.no"), choose + typed));
	}

}
