package se.samverka.meeting;

import java.time.LocalDate;

import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.DateReader;
import se.samverka.chat.DateTexts;
import se.samverka.chat.Message;

/**
 * The agenda's date as the organiser wrote it, read relative to today in the network's
 * zone, and said back in full; a day that has already been is taken (an old meeting for
 * the archive) with a warning that nothing will be sent for it.
 */
final class AgendaDates {

	private AgendaDates() {
	}

	static DateReader reader(CommandContext ctx, Meetings meetings) {
		return new DateReader(LocalDate.ofInstant(meetings.now(), ctx.zone()), ctx.locale());
	}

	static void explain(Message.Builder reply, LocalDate date, DateReader dates, CommandContext ctx) {
		String day = DateTexts.day(date, ctx.locale());
		if (date.isBefore(dates.today())) {
			reply.paragraph(ctx.t("meeting.date.past", day), Tone.WARNING);
		}
		else {
			reply.paragraph(ctx.t("meeting.date", day), Tone.SUBTLE);
		}
	}

}
