package se.samverka.grouping;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;

/**
 * {@code here}: the caller is at the network's next meeting (said on its day or before),
 * so the organiser's groups are made of the people who are there.
 */
@Component
class HereCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("here", "här", "jag är här"), Access.MEMBER,
			"help.here")
		.refusingNonMembersWith("grouping.not-member");

	private static final Logger log = LoggerFactory.getLogger(HereCommand.class);

	private final Meetings meetings;

	private final Attendances attendances;

	HereCommand(Meetings meetings, Attendances attendances) {
		this.meetings = meetings;
		this.attendances = attendances;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public boolean takesArguments() {
		return false;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		Optional<Meeting> next = meetings.next(ctx.network());
		if (next.isEmpty()) {
			return List.of(Message.text(ctx.t("grouping.here.no-meeting")));
		}
		Meeting meeting = next.get();
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(ctx.locale())
			.format(meeting.date());
		if (!attendances.markPresent(meeting.id(), ctx.person())) {
			return List.of(Message.text(ctx.t("grouping.here.already", meeting.number(), meeting.title(), date)));
		}
		log.debug("Person {} is present at meeting {}", ctx.person(), meeting.id());
		return List.of(Message.text(ctx.t("grouping.here.done", meeting.number(), meeting.title(), date)));
	}

}
