package se.samverka.meeting;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/** {@code meeting ics [number]}: a link to the meeting's calendar file. */
@Component
class MeetingIcsCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("meeting ics", "möte kalender", "mote kalender", "möte ics", "meeting calendar"),
			Access.IN_NETWORK, "help.meeting-ics");

	private final Meetings meetings;

	private final CalendarLinks links;

	MeetingIcsCommand(Meetings meetings, CalendarLinks links) {
		this.meetings = meetings;
		this.links = links;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		MeetingChoice choice = MeetingChoice.of(ctx.args(), ctx.network(), meetings);
		if (choice.meeting().isEmpty()) {
			return List.of(Message.text(choice.numbered() ? ctx.t("meeting.no-such") : ctx.t("meeting.none")));
		}
		Meeting meeting = choice.meeting().get();
		return List.of(Message.builder()
			.paragraph(ctx.t("meeting.ics", meeting.number(), meeting.title()))
			.paragraph(links.linkTo(meeting))
			.build());
	}

}
