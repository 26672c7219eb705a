package se.samverka.evaluation;

import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import se.samverka.chat.CommandContext;

/**
 * The optional meeting number typed after an organiser's evaluation command: none (the
 * command's default meeting), a number, or something unreadable.
 */
record MeetingNumber(boolean given, int number, boolean readable) {

	static MeetingNumber of(CommandContext ctx) {
		String args = ctx.args().replaceFirst("^#", "");
		if (args.isEmpty()) {
			return new MeetingNumber(false, 0, true);
		}
		return args.matches("\\d{1,6}") ? new MeetingNumber(true, Integer.parseInt(args), true)
				: new MeetingNumber(true, 0, false);
	}

	/** The typed number, or else the default. */
	<T> Optional<T> choose(IntFunction<Optional<T>> numbered, Supplier<Optional<T>> otherwise) {
		return given ? numbered.apply(number) : otherwise.get();
	}

}
