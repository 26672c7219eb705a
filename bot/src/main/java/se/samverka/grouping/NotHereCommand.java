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
 * {@code not here}: takes back {@code here} for the network's next meeting (plans
 * changed), so the caller is left out of its groups and of what goes to those present.
 */
@Component
class NotHereCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("not here", "inte här", "jag är inte här", "inte har"), Access.MEMBER, "help.not-here")
		.refusingNonMembersWith("grouping.not-member");

	private static final Logger log = LoggerFactory.getLogger(NotHereCommand.class);

	private final Meetings meetings;

	private final Attendances attendances;

	NotHereCommand(Meetings meetings, Attendances attendances) {
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
		if (!attendances.markAbsent(meeting.id(), ctx.person())) {
			return List.of(Message.text(ctx.t("grouping.not-here.not-noted", meeting.number(), meeting.title(), date)));
		}
		log.debug("Person {} is no longer present at meeting {}", ctx.person(), meeting.id());
		return List.of(Message.text(ctx.t("grouping.not-here.done", meeting.number(), meeting.title(), date)));
	}

}
