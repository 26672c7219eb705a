package se.samverka.poll;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import se.samverka.scheduler.Schedules;

/**
 * Puts a poll's deadline on the scheduler: closing at the deadline, and a reminder to
 * members who have not voted {@code samverka.polls.reminder-before} earlier, unless the
 * poll was created later than that. Both are due work in MongoDB, so they survive
 * restarts.
 */
@Component
class PollDeadlines {

	static final String CLOSE = "poll.close";

	static final String REMIND = "poll.remind";

	private final Schedules schedules;

	private final PollSettings settings;

	private final Clock clock;

	PollDeadlines(Schedules schedules, PollSettings settings, Clock clock) {
		this.schedules = schedules;
		this.settings = settings;
		this.clock = clock;
	}

	void plan(DatePoll poll) {
		if (poll.deadline() == null) {
			return;
		}
		schedules.once(closeId(poll), CLOSE, poll.id(), poll.deadline(), java.time.ZoneId.of(poll.zone()));
		Instant remindAt = poll.deadline().minus(settings.reminderBefore());
		if (remindAt.isAfter(clock.instant())) {
			schedules.once(remindId(poll), REMIND, poll.id(), remindAt, java.time.ZoneId.of(poll.zone()));
		}
	}

	/**
	 * The poll is closed: no reminder; its close work moves to {@code safetyNet} from
	 * now, when it announces the result if a crash kept that from happening (and
	 * otherwise does nothing).
	 */
	void closed(DatePoll poll, java.time.Duration safetyNet) {
		schedules.cancel(remindId(poll));
		schedules.once(closeId(poll), CLOSE, poll.id(), clock.instant().plus(safetyNet),
				java.time.ZoneId.of(poll.zone()));
	}

	static String closeId(DatePoll poll) {
		return "poll:" + poll.id() + ":close";
	}

	static String remindId(DatePoll poll) {
		return "poll:" + poll.id() + ":remind";
	}

}
