package se.samverka.meeting;

import java.util.Optional;

import se.samverka.chat.NetworkId;

/**
 * Which meeting a command means: a leading number names it ({@code agenda 2}), otherwise
 * the next one. {@code rest} is what follows the number.
 */
record MeetingChoice(Optional<Meeting> meeting, String rest, boolean numbered) {

	static MeetingChoice of(String args, NetworkId network, Meetings meetings) {
		String[] parts = args.strip().split("\\s+", 2);
		if (!parts[0].isEmpty() && parts[0].matches("#?\\d{1,4}")) {
			int number = Integer.parseInt(parts[0].replace("#", ""));
			return new MeetingChoice(meetings.byNumber(network, number), parts.length > 1 ? parts[1] : "", true);
		}
		return new MeetingChoice(meetings.next(network), args, false);
	}

}
