package se.samverka.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;

/**
 * {@code evaluation send [meeting]} / {@code utvärdering skicka [nummer]} (organisers):
 * sends the evaluation of the most recent meeting (or that one) now, without waiting for
 * the meeting to end; again, it reaches only those not asked yet.
 */
@Component
class EvaluationSendCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("evaluation send", "utvärdering skicka", "utvardering skicka"), Access.ORGANISER,
			"help.evaluation-send")
		.refusingNonMembersWith("evaluation.members-only");

	private final Meetings meetings;

	private final Evaluations evaluations;

	private final Invitations invitations;

	EvaluationSendCommand(Meetings meetings, Evaluations evaluations, Invitations invitations) {
		this.meetings = meetings;
		this.evaluations = evaluations;
		this.invitations = invitations;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		MeetingNumber number = MeetingNumber.of(ctx);
		if (!number.readable()) {
			return List.of(Message.text(ctx.t("evaluation.send.usage")));
		}
		Optional<Meeting> found = number.choose(n -> meetings.byNumber(ctx.network(), n),
				() -> meetings.lastHeld(ctx.network()));
		if (found.isEmpty()) {
			return List.of(Message.text(number.given() ? ctx.t("evaluation.send.no-such", number.number())
					: ctx.t("evaluation.send.none")));
		}
		Meeting meeting = found.get();
		if (meeting.state() == Meeting.MeetingState.CANCELLED) {
			return List.of(Message.text(ctx.t("evaluation.send.cancelled", meeting.number())));
		}
		if (!evaluations.stillOpenFor(meeting)) {
			return List.of(Message.text(ctx.t("evaluation.send.closed", meeting.number())));
		}
		Invitations.Sent sent = invitations.send(meeting);
		return List.of(Message.builder()
			.paragraph(ctx.t("evaluation.send.done", meeting.number(), meeting.title(), sent.evaluation().lastDay()),
					Tone.GOOD)
			.paragraph(ctx.t(sent.everyMember() ? "evaluation.send.all-members" : "evaluation.send.present",
					sent.recipients(), sent.reached()), Tone.SUBTLE)
			.build());
	}

}
