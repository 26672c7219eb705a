package se.samverka.poll;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.DateTexts;
import se.samverka.chat.Message;
import se.samverka.chat.Texts;
import se.samverka.meeting.Meeting;

/**
 * The announcement of a closed poll: the winner, the count per option, and the meeting it
 * planned.
 */
final class ResultMessage {

	private final Texts texts;

	ResultMessage(Texts texts) {
		this.texts = texts;
	}

	Message render(DatePoll poll, Tally tally, Meeting meeting, String calendarLink, Locale locale) {
		Message.Builder message = Message.builder()
			.heading(texts.get(locale, "poll.result.heading", poll.number(), poll.question()));
		if (poll.winner() == null) {
			message.paragraph(texts.get(locale, "poll.result.no-winner"));
		}
		else {
			PollOption won = poll.option(poll.winner()).orElseThrow();
			Tally.OptionCount count = tally.of(won.number());
			message.paragraph(texts.get(locale, "poll.result.winner", won.label(), count.yes(), count.maybe()),
					Tone.GOOD);
			if (!won.isDate()) {
				message.paragraph(texts.get(locale, "poll.result.no-meeting"));
			}
		}
		message.facts(counts(poll, tally, locale));
		message.paragraph(texts.get(locale, "poll.result.voters", tally.voters()), Tone.SUBTLE);
		if (meeting != null) {
			message.paragraph(
					texts.get(locale, "poll.result.meeting", meeting.number(), DateTexts.day(meeting.date(), locale)));
			message.paragraph(texts.get(locale, "poll.result.calendar", calendarLink));
		}
		return message.build();
	}

	private List<Fact> counts(DatePoll poll, Tally tally, Locale locale) {
		List<Fact> facts = new ArrayList<>();
		for (PollOption option : poll.options()) {
			Tally.OptionCount count = tally.of(option.number());
			facts.add(new Fact(option.number() + ". " + option.label(),
					texts.get(locale, "poll.result.count", count.yes(), count.maybe(), count.no())));
		}
		return facts;
	}

}
