package se.samverka.digest;

import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.CommandNames;
import se.samverka.network.NetworkAccess;
import se.samverka.network.NetworkAccess.Admission;

/** Digest commands are for organisers of the network the conversation is about. */
@Component
class DigestAccess {

	static final CommandNames SCHEDULE = CommandNames.of("digest schedule", "lägesrapport schema",
			"lagesrapport schema");

	static final CommandNames PREVIEW = CommandNames.of("digest preview", "lägesrapport förhandsvisa",
			"lagesrapport forhandsvisa", "lägesrapport förhandsgranska");

	static final CommandNames APPROVAL = CommandNames.of("digest approval", "lägesrapport godkännande",
			"lagesrapport godkannande");

	static final CommandNames SEND = CommandNames.of("digest send", "lägesrapport skicka", "lagesrapport skicka");

	private final NetworkAccess access;

	DigestAccess(NetworkAccess access) {
		this.access = access;
	}

	Admission organisers(CommandContext ctx, CommandSpec spec) {
		return access.organisers(ctx, spec);
	}

}
