package se.samverka.poll;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Block.Fact;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.Texts;
import se.samverka.network.Membership;
import se.samverka.network.Networks;
import se.samverka.network.PersonalMessages;
import se.samverka.scheduler.CatchUp;
import se.samverka.scheduler.DueWork;
import se.samverka.scheduler.DueWorkHandler;

/**
 * Reminds the members who have not voted, in a personal message, some time before the
 * deadline. Found late it still runs, unless the poll has closed or its deadline has
 * passed by then.
 */
@Component
class PollReminderHandler implements DueWorkHandler {

	private static final Logger log = LoggerFactory.getLogger(PollReminderHandler.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final Polls polls;

	private final Networks networks;

	private final VoterKeys voters;

	private final Votes votes;

	private final PersonalMessages personal;

	private final Texts texts;

	PollReminderHandler(Polls polls, Networks networks, VoterKeys voters, Votes votes, PersonalMessages personal,
			Texts texts) {
		this.votes = votes;
		this.polls = polls;
		this.networks = networks;
		this.voters = voters;
		this.personal = personal;
		this.texts = texts;
	}

	@Override
	public String kind() {
		return PollDeadlines.REMIND;
	}

	@Override
	public CatchUp catchUp() {
		return CatchUp.runLate();
	}

	@Override
	public void run(DueWork work) {
		DatePoll poll = polls.find(work.subject()).orElse(null);
		if (poll == null || !polls.acceptsVotes(poll)) {
			return;
		}
		NetworkId network = new NetworkId(poll.networkId());
		int reminded = 0;
		int missed = 0;
		for (Membership member : networks.members(network)) {
			PersonId person = new PersonId(member.personId());
			if (votes.hasVoted(poll, voters.of(poll, person))) {
				continue;
			}
			if (personal.send("poll-reminder:" + poll.id(), person, network,
					reminder(poll, personal.languageOf(person)))) {
				reminded++;
			}
			else {
				missed++;
			}
		}
		log.info("Poll {}: reminded {} members who had not voted ({} could not be reached)", poll.id(), reminded,
				missed);
	}

	Message reminder(DatePoll poll, Locale locale) {
		String deadline = WHEN.format(poll.deadline().atZone(java.time.ZoneId.of(poll.zone())));
		return Message.builder()
			.heading(texts.get(locale, "poll.reminder.heading", poll.question()))
			.paragraph(texts.get(locale, "poll.reminder.text", deadline, poll.number()))
			.facts(poll.options().stream().map(o -> new Fact(Integer.toString(o.number()), o.label())).toList())
			.paragraph(texts.get(locale, "poll.reminder.how", poll.number()))
			.build();
	}

}
