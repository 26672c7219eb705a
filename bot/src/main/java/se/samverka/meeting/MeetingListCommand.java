package se.samverka.meeting;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/** {@code meeting list}: the network's meetings, numbered, with date and state. */
@Component
class MeetingListCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("meeting list", "möte lista", "mote lista", "möten", "meetings"), Access.IN_NETWORK,
			"help.meeting-list");

	static final int SHOWN = 40;

	private final Meetings meetings;

	MeetingListCommand(Meetings meetings) {
		this.meetings = meetings;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		List<Meeting> all = meetings.of(ctx.network());
		if (all.isEmpty()) {
			return List.of(Message.text(ctx.t("meeting.list.empty")));
		}
		List<Fact> facts = new ArrayList<>();
		for (Meeting m : all.subList(Math.max(0, all.size() - SHOWN), all.size())) {
			String state = m.state() == Meeting.MeetingState.CANCELLED ? " (" + ctx.t("meeting.state.cancelled") + ")"
					: "";
			facts.add(new Fact("#" + m.number() + " · " + DateTimeFormatter.ISO_LOCAL_DATE.format(m.date()),
					m.title() + state));
		}
		return List.of(Message.builder().heading(ctx.t("meeting.list.heading")).facts(facts).build());
	}

}
