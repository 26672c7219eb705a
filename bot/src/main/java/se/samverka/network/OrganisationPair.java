package se.samverka.network;

import java.util.Optional;

import se.samverka.chat.CommandContext;
import se.samverka.chat.Message;

/**
 * The two names of {@code organisation rename <old> | <new>} and
 * {@code organisation merge <a> | <b>}, and the friendly answers when one is missing or
 * names no organisation of the network.
 */
record OrganisationPair(String first, String second) {

	/** Both names, tidied; empty when the text has no {@code |} or a side is blank. */
	static Optional<OrganisationPair> parse(String args) {
		int bar = args.indexOf('|');
		if (bar < 0) {
			return Optional.empty();
		}
		String first = OrganisationNames.tidy(args.substring(0, bar));
		String second = OrganisationNames.tidy(args.substring(bar + 1));
		return first.isEmpty() || second.isEmpty() ? Optional.empty()
				: Optional.of(new OrganisationPair(first, second));
	}

	/**
	 * "No organisation is called …", with the one it nearly matches as a suggestion when
	 * there is one.
	 */
	static Message unknown(CommandContext ctx, Organisations organisations, String typed) {
		return Message.text(organisations.resolve(ctx.network(), typed)
			.suggestion()
			.map(s -> ctx.t("organisation.unknown.near", typed, s))
			.orElseGet(() -> ctx.t("organisation.unknown", typed)));
	}

}
