package se.samverka.digest;

import java.time.Duration;

import org.springframework.stereotype.Component;

import se.samverka.chat.NetworkId;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;
import se.samverka.scheduler.CatchUp;
import se.samverka.scheduler.DueWork;
import se.samverka.scheduler.DueWorkHandler;

/**
 * Makes the digest right after a meeting ends. Found more than two days late (downtime)
 * it is skipped: by then the scheduled digest tells the same.
 */
@Component
class AfterMeetingDigestHandler implements DueWorkHandler {

	static final Duration TOLERANCE = Duration.ofDays(2);

	private final DigestDispatch dispatch;

	private final Meetings meetings;

	AfterMeetingDigestHandler(DigestDispatch dispatch, Meetings meetings) {
		this.dispatch = dispatch;
		this.meetings = meetings;
	}

	@Override
	public String kind() {
		return DigestSchedules.AFTER_MEETING;
	}

	@Override
	public CatchUp catchUp() {
		return CatchUp.skipWhenLaterThan(TOLERANCE);
	}

	@Override
	public void run(DueWork work) {
		Meeting meeting = meetings.find(work.subject()).orElse(null);
		if (meeting == null || meeting.state() != Meeting.MeetingState.PLANNED) {
			return;
		}
		dispatch.due(new NetworkId(meeting.networkId()), DigestKind.AFTER_MEETING, meeting.id(),
				"digest.occasion.after-meeting", meeting.number(), meeting.date().toString());
	}

}
