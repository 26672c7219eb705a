package se.samverka.meeting;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.DateReader;
import se.samverka.chat.Message;

/**
 * {@code meeting create} followed by the agenda: plans the network's next meeting and
 * puts its day on the scheduler. Without an agenda it answers with a form prefilled with
 * an example.
 */
@Component
class MeetingCreateCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("meeting create", "möte skapa", "mote skapa", "nytt möte"), Access.ORGANISER,
			"help.meeting-create");

	static final String AGENDA_INPUT = "agenda";

	/**
	 * As much as a typed message may hold ({@code Turns}): a form takes what a message
	 * does.
	 */
	static final int MAX_AGENDA = 28_000;

	private static final Logger log = LoggerFactory.getLogger(MeetingCreateCommand.class);

	private final Meetings meetings;

	private final AgendaPosts posts;

	private final ObjectProvider<SinceLastTime> sinceLastTime;

	MeetingCreateCommand(Meetings meetings, AgendaPosts posts, ObjectProvider<SinceLastTime> sinceLastTime) {
		this.sinceLastTime = sinceLastTime;
		this.meetings = meetings;
		this.posts = posts;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		if (ctx.args().isBlank()) {
			return List.of(form(ctx, "meeting.create.form-heading",
					AgendaText.example(ctx.locale(), AgendaDates.reader(ctx, meetings).today()), "meeting create"));
		}
		Agenda agenda;
		DateReader dates = AgendaDates.reader(ctx, meetings);
		try {
			agenda = new AgendaParser(dates).parse(ctx.args());
		}
		catch (AgendaProblem problem) {
			return List.of(AgendaProblems.reply(ctx, problem, ctx.args(), "meeting create"));
		}
		Meeting meeting = meetings.plan(ctx.network(), agenda, ctx.zone(), ctx.person());
		log.info("Meeting {} (number {}) planned in network {} with {} slots", meeting.id(), meeting.number(),
				meeting.networkId(), meeting.slots().size());
		int posted = posts.postEverywhere(meeting, ctx);
		Message.Builder reply = Message.builder()
			.paragraph(ctx.t("meeting.created", meeting.number(), meeting.title()), Tone.GOOD);
		AgendaDates.explain(reply, meeting.date(), dates, ctx);
		reply.paragraph(ctx.t("meeting.created.next", posted), Tone.SUBTLE);
		List<Message> replies = new java.util.ArrayList<>(List.of(reply.build()));
		if (posted == 0) {
			replies.add(posts.card(meeting, ctx.locale()));
		}
		sinceLastTime.orderedStream().forEach(s -> s.offer(ctx.network(), meeting, ctx).ifPresent(replies::add));
		return replies;
	}

	static Message form(CommandContext ctx, String headingKey, String value, String command) {
		return Message.builder()
			.heading(ctx.t(headingKey))
			.paragraph(ctx.t("meeting.form.rules"), Tone.SUBTLE)
			.input(new TextInput(AGENDA_INPUT, ctx.t("meeting.form.label"), "", value, true, MAX_AGENDA))
			.buttons(new Button(ctx.t("meeting.form.submit"), command, true))
			.build();
	}

}
