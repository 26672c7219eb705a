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
import se.samverka.chat.DateReader;
import se.samverka.chat.Message;

/**
 * {@code meeting edit [number]} followed by the whole agenda again: replaces the agenda,
 * moves the day's prompts and updates every agenda card already posted, in place. Without
 * an agenda it answers with a form holding the current one.
 */
@Component
class MeetingEditCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("meeting edit", "möte ändra", "mote andra", "ändra möte"), Access.ORGANISER,
			"help.meeting-edit");

	private static final Logger log = LoggerFactory.getLogger(MeetingEditCommand.class);

	private final Meetings meetings;

	private final AgendaPosts posts;

	MeetingEditCommand(Meetings meetings, AgendaPosts posts) {
		this.meetings = meetings;
		this.posts = posts;
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
		if (meeting.state() == Meeting.MeetingState.CANCELLED) {
			return List.of(Message.text(ctx.t("meeting.edit.cancelled", meeting.number())));
		}
		if (choice.rest().isBlank()) {
			return List.of(MeetingCreateCommand.form(ctx, "meeting.edit.form-heading", AgendaText.of(meeting.agenda()),
					"meeting edit " + meeting.number()));
		}
		Agenda agenda;
		DateReader dates = AgendaDates.reader(ctx, meetings);
		try {
			agenda = new AgendaParser(dates).parse(choice.rest());
		}
		catch (AgendaProblem problem) {
			return List.of(AgendaProblems.reply(ctx, problem, choice.rest(), "meeting edit " + meeting.number()));
		}
		Optional<Meeting> saved = meetings.save(meeting.withAgenda(agenda, meetings.now()));
		if (saved.isEmpty()) {
			return List.of(Message.text(ctx.t("meeting.edit.conflict")));
		}
		int updated = posts.updateAll(saved.get());
		log.info("Meeting {} edited to revision {}", meeting.id(), saved.get().revision());
		Message.Builder reply = Message.builder()
			.paragraph(ctx.t("meeting.edited", saved.get().number(), saved.get().title()), Tone.GOOD);
		AgendaDates.explain(reply, saved.get().date(), dates, ctx);
		if (updated > 0) {
			reply.paragraph(ctx.t("meeting.edited.cards", updated), Tone.SUBTLE);
		}
		return List.of(reply.build());
	}

}
