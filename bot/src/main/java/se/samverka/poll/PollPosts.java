package se.samverka.poll;

import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;

/**
 * Poll cards out in the conversations: posted to every conversation of the network, remembered,
 * and updated in place with the live tally (throttled), and marked closed with the result.
 * (Skeleton: the presentation side fills this in.)
 */
@Component
class PollPosts {

	/** Posts the poll's card to every conversation of the network (and here); returns how many got it. */
	int postEverywhere(DatePoll poll, CommandContext ctx) {
		return 0;
	}

	/** A vote changed the tally: update the posted cards soon, at most every few seconds. */
	void refreshSoon(DatePoll poll) {
	}

	/** Updates every posted card now (after closing). */
	void updateAll(DatePoll poll) {
	}

}
