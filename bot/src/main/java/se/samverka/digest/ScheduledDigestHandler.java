package se.samverka.digest;

import org.springframework.stereotype.Component;

import se.samverka.chat.NetworkId;
import se.samverka.scheduler.CatchUp;
import se.samverka.scheduler.DueWork;
import se.samverka.scheduler.DueWorkHandler;

/**
 * Makes the scheduled digest. Found late it still runs (the scheduler turns a week of
 * missed occurrences into one), under the key of the occurrence it stands for, so a
 * second run of the same occurrence sends nothing.
 */
@Component
class ScheduledDigestHandler implements DueWorkHandler {

	private final DigestDispatch dispatch;

	private final DigestSchedules schedules;

	ScheduledDigestHandler(DigestDispatch dispatch, DigestSchedules schedules) {
		this.dispatch = dispatch;
		this.schedules = schedules;
	}

	@Override
	public String kind() {
		return DigestSchedules.SCHEDULED;
	}

	@Override
	public CatchUp catchUp() {
		return CatchUp.runLate();
	}

	@Override
	public void run(DueWork work) {
		NetworkId network = new NetworkId(work.subject());
		if (schedules.settings(network).cron() == null) {
			// turned off while this occurrence was already claimed
			return;
		}
		dispatch.due(network, DigestKind.SCHEDULED, work.localDue(), "digest.occasion.scheduled",
				DigestDispatch.scheduledOccasion(work.localDue()));
	}

}
