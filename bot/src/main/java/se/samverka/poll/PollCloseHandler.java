package se.samverka.poll;

import org.springframework.stereotype.Component;

import se.samverka.scheduler.CatchUp;
import se.samverka.scheduler.DueWork;
import se.samverka.scheduler.DueWorkHandler;

/**
 * Closes a poll at its deadline; a deadline found late (after downtime) still closes it.
 * For a poll closed already it makes sure the result was announced (after a crash
 * half-way through).
 */
@Component
class PollCloseHandler implements DueWorkHandler {

	private final Polls polls;

	private final PollResults results;

	PollCloseHandler(Polls polls, PollResults results) {
		this.polls = polls;
		this.results = results;
	}

	@Override
	public String kind() {
		return PollDeadlines.CLOSE;
	}

	@Override
	public CatchUp catchUp() {
		return CatchUp.runLate();
	}

	@Override
	public void run(DueWork work) {
		polls.find(work.subject()).ifPresent(poll -> {
			if (poll.open()) {
				results.close(poll);
			}
			else {
				results.announce(poll);
			}
		});
	}

}
