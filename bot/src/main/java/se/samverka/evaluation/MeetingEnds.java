package se.samverka.evaluation;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.samverka.meeting.Meeting;
import se.samverka.meeting.MeetingChanged;
import se.samverka.meeting.Meetings;
import se.samverka.scheduler.CatchUp;
import se.samverka.scheduler.DueWork;
import se.samverka.scheduler.DueWorkHandler;
import se.samverka.scheduler.Schedules;

/**
 * The evaluation goes out when a meeting ends, at the end of its last agenda slot: due
 * work that follows the agenda when it is edited and is withdrawn when the meeting is
 * cancelled. Found more than {@link #TOLERANCE} late (after downtime, or an agenda
 * entered long after the day) it is skipped: organisers can still send it by hand.
 */
@Component
class MeetingEnds implements DueWorkHandler {

	static final String SEND = "evaluation.send";

	static final Duration TOLERANCE = Duration.ofDays(2);

	private static final Logger log = LoggerFactory.getLogger(MeetingEnds.class);

	private final Schedules schedules;

	private final Meetings meetings;

	private final Invitations invitations;

	private final Clock clock;

	MeetingEnds(Schedules schedules, Meetings meetings, Invitations invitations, Clock clock) {
		this.schedules = schedules;
		this.meetings = meetings;
		this.invitations = invitations;
		this.clock = clock;
	}

	/**
	 * At start-up: meetings planned before evaluations existed (no send on the calendar)
	 * get theirs, if their end is not more than the tolerance ago; work already there is
	 * left as it is.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void scheduleMissing() {
		for (Meeting meeting : meetings.plannedEndingAfter(clock.instant().minus(TOLERANCE))) {
			if (schedules.find(sendId(meeting)).isEmpty()) {
				changed(new MeetingChanged(meeting));
				log.info("Evaluation of meeting {} scheduled at start-up", meeting.id());
			}
		}
	}

	static String sendId(Meeting meeting) {
		return "evaluation:" + meeting.id() + ":send";
	}

	@EventListener
	void changed(MeetingChanged changed) {
		Meeting meeting = changed.meeting();
		String id = sendId(meeting);
		if (meeting.state() == Meeting.MeetingState.CANCELLED) {
			schedules.cancel(id);
			return;
		}
		schedules.once(id, SEND, meeting.id(), meeting.endsAt(), meeting.zoneId());
	}

	@Override
	public String kind() {
		return SEND;
	}

	@Override
	public CatchUp catchUp() {
		return CatchUp.skipWhenLaterThan(TOLERANCE);
	}

	@Override
	public void run(DueWork work) {
		Meeting meeting = meetings.find(work.subject()).orElse(null);
		if (meeting == null || meeting.state() == Meeting.MeetingState.CANCELLED) {
			log.info("Evaluation of meeting {} not sent: the meeting is gone or cancelled", work.subject());
			return;
		}
		invitations.send(meeting);
	}

}
