package se.samverka.poll;

import java.util.Optional;

import se.samverka.chat.NetworkId;

/**
 * Which poll a command means: the number typed after it, or without one the newest open
 * poll.
 *
 * @param numbered whether a number was typed (for the reply when there is no such poll)
 * @param valid false when something other than a number was typed
 */
record PollChoice(Optional<DatePoll> poll, boolean numbered, boolean valid) {

	static PollChoice of(String args, NetworkId network, Polls polls) {
		String typed = args.strip().replaceFirst("^#", "");
		if (typed.isEmpty()) {
			return new PollChoice(polls.latestOpen(network), false, true);
		}
		if (!typed.matches("\\d{1,6}")) {
			return new PollChoice(Optional.empty(), true, false);
		}
		return new PollChoice(polls.byNumber(network, Integer.parseInt(typed)), true, true);
	}

}
