package se.samverka.dialogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import se.samverka.chat.NetworkId;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;

/**
 * Where a network is in its cycle, for help: no meeting yet, before the next one, during
 * one (its day, from an hour before its first slot), or after one (up to two weeks after,
 * or when none is planned).
 */
record MeetingPhase(Phase phase, Meeting meeting) {

	enum Phase {

		NONE, BEFORE, DURING, AFTER

	}

	private static final Duration LATELY = Duration.ofDays(14);

	private static final Duration DOORS_OPEN = Duration.ofHours(1);

	static MeetingPhase of(Meetings meetings, NetworkId network, Clock clock) {
		Instant now = clock.instant();
		Optional<Meeting> next = meetings.next(network);
		Optional<Meeting> previous = meetings.previous(network);
		if (next.isPresent() && (now.isAfter(next.get().startsAt().minus(DOORS_OPEN))
				|| next.get().date().equals(LocalDate.ofInstant(now, next.get().zoneId())))) {
			return new MeetingPhase(Phase.DURING, next.get());
		}
		if (previous.isPresent() && (next.isEmpty() || previous.get().endsAt().isAfter(now.minus(LATELY)))) {
			return new MeetingPhase(Phase.AFTER, previous.get());
		}
		return next.map(m -> new MeetingPhase(Phase.BEFORE, m)).orElse(new MeetingPhase(Phase.NONE, null));
	}

}
