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
 * Closes a poll (at its deadline or by an organiser) and makes the result known: the winner by the
 * rules of {@link Winner}, the posted cards marked closed, the result announced in every linked
 * conversation, and for a winning date the next meeting planned on it with its calendar link.
 */
@Component
class PollResults {

	private static final Logger log = LoggerFactory.getLogger(PollResults.class);

	private final Polls polls;

	private final PollAccess access;

	private final PollDeadlines deadlines;

	private final PollPosts posts;

	private final NetworkBroadcast broadcast;

	private final Meetings meetings;

	private final CalendarLinks links;

	private final Texts texts;

	private final PersonalMessages personal;

	PollResults(Polls polls, PollAccess access, PollDeadlines deadlines, PollPosts posts, NetworkBroadcast broadcast,
			Meetings meetings, CalendarLinks links, Texts texts, PersonalMessages personal) {
		this.personal = personal;
		this.polls = polls;
		this.access = access;
		this.deadlines = deadlines;
		this.posts = posts;
		this.broadcast = broadcast;
		this.meetings = meetings;
		this.links = links;
		this.texts = texts;
	}

	/** The closed poll, or empty when it was closed already (then nothing is announced twice). */
	Optional<Closed> close(DatePoll poll) {
		NetworkId network = new NetworkId(poll.networkId());
		Tally tally = polls.tally(poll);
		Integer winner = Winner.of(poll, tally, access.organisations(network)).orElse(null);
		Optional<DatePoll> closed = polls.close(poll, winner);
		if (closed.isEmpty()) {
			return Optional.empty();
		}
		deadlines.withdraw(poll);
		posts.updateAll(closed.get());
		Meeting meeting = null;
		Optional<PollOption> won = winner == null ? Optional.empty() : poll.option(winner);
		if (won.isPresent() && won.get().isDate()) {
			meeting = meetings.planDay(network, won.get().start(),
					texts.get(broadcastLanguage(poll), "poll.result.meeting-title"), java.time.ZoneId.of(poll.zone()),
					new PersonId(poll.createdBy()));
		}
		Meeting planned = meeting;
		String link = planned == null ? null : links.linkTo(planned);
		ResultMessage result = new ResultMessage(texts);
		int posted = broadcast.post(network, locale -> result.render(closed.get(), tally, planned, link, locale));
		log.info("Poll {} closed with winner {} ({} voters); result posted to {} conversations; meeting {}", poll.id(),
				winner, tally.voters(), posted, planned == null ? "-" : planned.id());
		return Optional.of(new Closed(closed.get(), tally, planned, link, posted));
	}

	/** The language the meeting's title is written in: the poll's creator's. */
	private java.util.Locale broadcastLanguage(DatePoll poll) {
		return personal.languageOf(new PersonId(poll.createdBy()));
	}

	record Closed(DatePoll poll, Tally tally, Meeting meeting, String calendarLink, int posted) {
	}

}
