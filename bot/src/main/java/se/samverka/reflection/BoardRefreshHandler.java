package se.samverka.reflection;

import org.springframework.stereotype.Component;

import se.samverka.scheduler.CatchUp;
import se.samverka.scheduler.DueWork;
import se.samverka.scheduler.DueWorkHandler;

/**
 * Updates a board's posted cards, a few seconds after its notes changed (see
 * {@link BoardPosts}).
 */
@Component
class BoardRefreshHandler implements DueWorkHandler {

	private final Boards boards;

	private final BoardPosts posts;

	BoardRefreshHandler(Boards boards, BoardPosts posts) {
		this.boards = boards;
		this.posts = posts;
	}

	@Override
	public String kind() {
		return BoardPosts.REFRESH;
	}

	@Override
	public CatchUp catchUp() {
		return CatchUp.runLate();
	}

	@Override
	public void run(DueWork work) {
		boards.find(work.subject()).ifPresent(posts::updateAll);
	}

}
