package se.samverka.homework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/**
 * {@code homework reminders <n> <plan>} (organisers): replaces the reminder days of
 * homework n; see {@link ReminderPlan} for how a plan is written.
 */
@Component
class HomeworkRemindersCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("homework reminders", "läxa påminnelser", "laxa paminnelser"), Access.ORGANISER,
			"help.homework-reminders");

	private static final Pattern PLAN = Pattern.compile("^#?(\\d{1,6})\\s+(.+)$", Pattern.DOTALL);

	private final Homeworks homeworks;

	private final HomeworkReminders reminders;

	HomeworkRemindersCommand(Homeworks homeworks, HomeworkReminders reminders) {
		this.homeworks = homeworks;
		this.reminders = reminders;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		Matcher matcher = PLAN.matcher(ctx.args().strip());
		if (!matcher.matches()) {
			return List.of(Message.text(ctx.t("homework.reminders.usage")));
		}
		Optional<Homework> found = homeworks.byNumber(ctx.network(), Integer.parseInt(matcher.group(1)));
		if (found.isEmpty()) {
			return List.of(Message.text(ctx.t("homework.no-such", matcher.group(1))));
		}
		Homework homework = found.get();
		if (!homeworks.open(homework)) {
			return List.of(Message.text(ctx.t("homework.answer.closed", homework.number(), homework.due())));
		}
		List<LocalDate> days;
		try {
			days = ReminderPlan.parse(matcher.group(2), homework.meetingDay(), homework.dueDate(),
					new se.samverka.chat.DateReader(homeworks.today(ctx.zone()), ctx.locale()));
		}
		catch (HomeworkProblem problem) {
			return List
				.of(Message.text(ctx.t(problem.key(), problem.arguments()) + " " + ctx.t("homework.nothing-saved")));
		}
		Homework replanned = homeworks.replan(homework, days);
		reminders.plan(replanned);
		return List
			.of(Message.text(replanned.reminders().isEmpty() ? ctx.t("homework.reminders.none", homework.number())
					: ctx.t("homework.reminders.done", homework.number(), String.join(", ", replanned.reminders()))));
	}

}
