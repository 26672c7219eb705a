package se.samverka.poll;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.Texts;
import se.samverka.meeting.CalendarLinks;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;
import se.samverka.meeting.NetworkBroadcast;
import se.samverka.network.PersonalMessages;

/**
 * Closes a poll (at its deadline or by an organiser) and makes the result known: the
 * winner by the rules of {@link Winner}, the posted cards marked closed, the result
 * announced in every linked conversation, and for a winning date the next meeting planned
 * on it with its calendar link.
 */
@Component
class PollResults {

	private static final Logger log = LoggerFactory.getLogger(PollResults.class);

	/** How long one instance has to announce a result before another may take over. */
	static final java.time.Duration ANNOUNCING = java.time.Duration.ofMinutes(5);

	private final Polls polls;

	private final PollDeadlines deadlines;

	private final PollPosts posts;

	private final NetworkBroadcast broadcast;

	private final Meetings meetings;

	private final CalendarLinks links;

	private final Texts texts;

	private final PersonalMessages personal;

	PollResults(Polls polls, PollDeadlines deadlines, PollPosts posts, NetworkBroadcast broadcast, Meetings meetings,
			CalendarLinks links, Texts texts, PersonalMessages personal) {
		this.personal = personal;
		this.polls = polls;
		this.deadlines = deadlines;
		this.posts = posts;
		this.broadcast = broadcast;
		this.meetings = meetings;
		this.links = links;
		this.texts = texts;
	}

	/**
	 * The closed poll, or empty when it was closed already (then nothing is announced
	 * twice).
	 */
	Optional<Closed> close(DatePoll poll) {
		Optional<DatePoll> closed = polls.close(poll);
		if (closed.isEmpty()) {
			return Optional.empty();
		}
		deadlines.closed(closed.get(), ANNOUNCING.multipliedBy(2));
		return announce(closed.get());
	}

	/**
	 * Works out a closed poll's winner from all votes in and announces it, once: empty
	 * when it was announced already or is being announced elsewhere. Run again after a
	 * crash half-way (by the poll's close work, which stays on the scheduler until then),
	 * it announces what was not.
	 */
	Optional<Closed> announce(DatePoll closed) {
		if (!polls.claimResult(closed, ANNOUNCING)) {
			return Optional.empty();
		}
		NetworkId network = new NetworkId(closed.networkId());
		Tally tally = polls.tally(closed);
		Integer winner = Winner.of(closed, tally, polls.organisations(network)).orElse(null);
		DatePoll settled = polls.settle(closed, winner);
		posts.updateAll(settled);
		Meeting meeting = null;
		Optional<PollOption> won = winner == null ? Optional.empty() : settled.option(winner);
		if (won.isPresent() && won.get().isDate()) {
			meeting = meetings.planDay(network, won.get().start(),
					texts.get(broadcastLanguage(settled), "poll.result.meeting-title"),
					java.time.ZoneId.of(settled.zone()), new PersonId(settled.createdBy()));
		}
		Meeting planned = meeting;
		String link = planned == null ? null : links.linkTo(planned);
		ResultMessage result = new ResultMessage(texts);
		int posted = broadcast.post("poll-result:" + settled.id(), network,
				locale -> result.render(settled, tally, planned, link, locale));
		polls.resultAnnounced(settled, planned == null ? null : planned.id());
		log.info("Poll {} closed with winner {} ({} voters); result posted to {} conversations; meeting {}",
				settled.id(), winner, tally.voters(), posted, planned == null ? "-" : planned.id());
		return Optional.of(new Closed(settled, tally, planned, link, posted));
	}

	/** The language the meeting's title is written in: the poll's creator's. */
	private java.util.Locale broadcastLanguage(DatePoll poll) {
		return personal.languageOf(new PersonId(poll.createdBy()));
	}

	record Closed(DatePoll poll, Tally tally, Meeting meeting, String calendarLink, int posted) {
	}

}
