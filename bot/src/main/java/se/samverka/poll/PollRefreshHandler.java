package se.samverka.poll;

import org.springframework.stereotype.Component;

import se.samverka.scheduler.CatchUp;
import se.samverka.scheduler.DueWork;
import se.samverka.scheduler.DueWorkHandler;

/**
 * Updates a poll's posted cards, a few seconds after votes changed its tally (see
 * {@link PollPosts}).
 */
@Component
class PollRefreshHandler implements DueWorkHandler {

	private final Polls polls;

	private final PollPosts posts;

	PollRefreshHandler(Polls polls, PollPosts posts) {
		this.polls = polls;
		this.posts = posts;
	}

	@Override
	public String kind() {
		return PollPosts.REFRESH;
	}

	@Override
	public CatchUp catchUp() {
		return CatchUp.runLate();
	}

	@Override
	public void run(DueWork work) {
		polls.find(work.subject()).ifPresent(posts::refreshNow);
	}

}
