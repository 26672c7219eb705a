package se.samverka.meeting;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;

/**
 * {@code meeting cancel <number>}: the meeting is called off, its prompts withdrawn, its
 * posted cards marked cancelled and the network told. The number is required so nobody
 * cancels the wrong meeting by accident.
 */
@Component
class MeetingCancelCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("meeting cancel", "möte ställ in", "mote stall in", "ställ in möte"), Access.ORGANISER,
			"help.meeting-cancel");

	private static final Logger log = LoggerFactory.getLogger(MeetingCancelCommand.class);

	private final Meetings meetings;

	private final AgendaPosts posts;

	private final NetworkBroadcast broadcast;

	MeetingCancelCommand(Meetings meetings, AgendaPosts posts, NetworkBroadcast broadcast) {
		this.meetings = meetings;
		this.posts = posts;
		this.broadcast = broadcast;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		MeetingChoice choice = MeetingChoice.of(ctx.args(), ctx.network(), meetings);
		if (!choice.numbered()) {
			return List.of(Message.text(ctx.t("meeting.cancel.usage")));
		}
		if (choice.meeting().isEmpty()) {
			return List.of(Message.text(ctx.t("meeting.no-such")));
		}
		Meeting meeting = choice.meeting().get();
		if (meeting.state() == Meeting.MeetingState.CANCELLED) {
			return List.of(Message.text(ctx.t("meeting.cancel.already", meeting.number())));
		}
		Optional<Meeting> cancelled = meetings.save(meeting.cancelled(meetings.now()));
		if (cancelled.isEmpty()) {
			return List.of(Message.text(ctx.t("meeting.edit.conflict")));
		}
		posts.updateAll(cancelled.get());
		broadcast.post("meeting-cancelled:" + meeting.id(), new NetworkId(meeting.networkId()),
				locale -> Message.builder()
					.paragraph(ctx.texts().get(locale, "meeting.cancel.announce", meeting.title()), Tone.WARNING)
					.build());
		log.info("Meeting {} cancelled", meeting.id());
		return List.of(Message.text(ctx.t("meeting.cancel.done", meeting.number(), meeting.title())));
	}

}
