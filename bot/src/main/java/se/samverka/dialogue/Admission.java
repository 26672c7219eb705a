package se.samverka.dialogue;

import java.util.Optional;

import se.samverka.chat.Caller;
import se.samverka.chat.CommandHandler.CommandSpec;

/**
 * Whether a caller may run a command, and if not which text tells them: the command's own
 * refusal where it has one, else the level's usual one.
 */
final class Admission {

	static final String NO_NETWORK = "error.no-network";

	static final String ORGANISERS_ONLY = "error.organisers-only";

	private Admission() {
	}

	/** The message-bundle key of the refusal, or empty when the caller is admitted. */
	static Optional<String> refusal(CommandSpec spec, Caller caller) {
		if (caller.may(spec.access())) {
			return Optional.empty();
		}
		if (caller.network() == null) {
			return Optional.of(NO_NETWORK);
		}
		return Optional.of(switch (spec.access()) {
			case EVERYONE, IN_NETWORK -> NO_NETWORK;
			case MEMBER -> or(spec.notMemberKey(), NO_NETWORK);
			case STEERING, ORGANISER -> (!caller.member() && spec.notMemberKey() != null) ? spec.notMemberKey()
					: or(spec.refusalKey(), ORGANISERS_ONLY);
		});
	}

	private static String or(String key, String otherwise) {
		return key != null ? key : otherwise;
	}

}
