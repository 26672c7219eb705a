package se.samverka.homework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.DateReader;
import se.samverka.chat.DateTexts;
import se.samverka.chat.Message;
import se.samverka.chat.PersonId;
import se.samverka.grouping.Attendances;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;
import se.samverka.network.Membership;
import se.samverka.network.Networks;

/**
 * {@code homework <due day> | <question> | ...} (organisers): homework for the network's
 * most recent meeting (the next one when none has been held), sent privately to those who
 * said {@code here} at it, or to every member when nobody did. Without text: a form.
 */
@Component
class HomeworkCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("homework", "läxa", "laxa"),
			Access.ORGANISER, "help.homework");

	static final String HOMEWORK_INPUT = "homework";

	private static final Logger log = LoggerFactory.getLogger(HomeworkCommand.class);

	private final Homeworks homeworks;

	private final Meetings meetings;

	private final Attendances attendances;

	private final Networks networks;

	private final HomeworkReminders reminders;

	private final HomeworkLetters letters;

	HomeworkCommand(Homeworks homeworks, Meetings meetings, Attendances attendances, Networks networks,
			HomeworkReminders reminders, HomeworkLetters letters) {
		this.homeworks = homeworks;
		this.meetings = meetings;
		this.attendances = attendances;
		this.networks = networks;
		this.reminders = reminders;
		this.letters = letters;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		ZoneId zone = ctx.zone();
		LocalDate today = homeworks.today(zone);
		if (ctx.args().isBlank()) {
			return List.of(form(ctx, today));
		}
		HomeworkParser.Draft draft;
		try {
			draft = new HomeworkParser().parse(ctx.args(), new DateReader(today, ctx.locale()));
		}
		catch (HomeworkProblem problem) {
			return List
				.of(Message.text(ctx.t(problem.key(), problem.arguments()) + " " + ctx.t("homework.nothing-saved")));
		}
		Optional<Meeting> meeting = meetings.lastHeld(ctx.network()).or(() -> meetings.next(ctx.network()));
		List<String> present = meeting.map(m -> attendances.present(m.id())).orElse(List.of());
		List<String> recipients = present.isEmpty()
				? networks.members(ctx.network()).stream().map(Membership::personId).toList() : present;
		Homework homework = homeworks.create(ctx.network(), draft,
				new Homeworks.Assignment(meeting.map(Meeting::id).orElse(null), meeting.map(Meeting::date).orElse(null),
						recipients),
				zone, ctx.person());
		reminders.plan(homework);
		int reached = letters.sendToAll(homework);
		log.info("Homework {} (number {}) in network {}: {} questions to {} recipients, {} reached", homework.id(),
				homework.number(), homework.networkId(), homework.questions().size(), recipients.size(), reached);
		Message.Builder reply = Message.builder()
			.paragraph(ctx.t("homework.created", homework.number(), homework.questions().size(),
					DateTexts.day(draft.due(), ctx.locale())), Tone.GOOD)
			.paragraph(meeting.map(m -> ctx.t("homework.created.meeting", m.number(), m.title()))
				.orElse(ctx.t("homework.created.no-meeting")), Tone.SUBTLE)
			.paragraph(ctx.t(
					meeting.isEmpty() ? "homework.created.members"
							: present.isEmpty() ? "homework.created.all-members" : "homework.created.present",
					recipients.size(), reached), Tone.SUBTLE)
			.paragraph(
					homework.reminders().isEmpty() ? ctx.t("homework.created.no-reminders") : ctx
						.t("homework.created.reminders", String.join(", ", homework.reminders()), homework.number()),
					Tone.SUBTLE);
		return List.of(reply.build());
	}

	/**
	 * Typed without homework: a form (a dialog in Teams, a modal in Slack) prefilled with
	 * an example.
	 */
	private Message form(CommandContext ctx, LocalDate today) {
		String example = String.join("\n", DateTexts.shortDay(today.plusDays(28), ctx.locale()),
				ctx.t("homework.form.example-1"), ctx.t("homework.form.example-2"));
		return Message.builder()
			.heading(ctx.t("homework.form.heading"))
			.paragraph(ctx.t("homework.form.rules", HomeworkParser.MAX_QUESTIONS,
					DateTexts.shortDay(DateTexts.exampleDay(today), ctx.locale())), Tone.SUBTLE)
			.input(new TextInput(HOMEWORK_INPUT, ctx.t("homework.form.label"), "", example, true, 6_000))
			.buttons(new Button(ctx.t("homework.form.submit"), "homework", true))
			.build();
	}

}
