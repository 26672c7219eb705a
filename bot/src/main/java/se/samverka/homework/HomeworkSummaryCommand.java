package se.samverka.homework;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/**
 * {@code homework summary [n]} (organisers): "since last time", the answers to the newest homework
 * per question, posted where it is asked for (the network's channel before the next meeting). Never
 * with names; with each answer's organisation only when a question has at least
 * {@value #BREAKDOWN_FROM} answers, so that few answers cannot be traced to a person.
 */
@Component
class HomeworkSummaryCommand implements CommandHandler {

	static final int BREAKDOWN_FROM = HomeworkResults.BREAKDOWN_FROM;

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("homework summary", "läxa sammanfattning", "laxa sammanfattning", "sedan sist"),
			Access.ORGANISER, "help.homework-summary");

	private final HomeworkAccess access;

	private final Homeworks homeworks;

	HomeworkSummaryCommand(HomeworkAccess access, Homeworks homeworks) {
		this.access = access;
		this.homeworks = homeworks;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		HomeworkAccess.Decision decision = access.organisers(ctx, SPEC);
		if (!decision.allowed()) {
			return List.of(decision.refusal());
		}
		Optional<Homework> found = HomeworkChoice.choose(ctx, homeworks, decision.network());
		if (found.isEmpty()) {
			return List.of(HomeworkChoice.missing(ctx));
		}
		Homework homework = found.get();
		List<HomeworkAnswers> all = homeworks.answersTo(homework);
		Message.Builder summary = Message.builder()
			.heading(ctx.t("homework.summary.heading", homework.number()))
			.paragraph(ctx.t("homework.summary.intro", all.size(), homework.recipients().size()), Tone.SUBTLE);
		for (int n = 1; n <= homework.questions().size(); n++) {
			List<HomeworkResults.GivenAnswer> answers = HomeworkResults.answers(all, n);
			summary.divider().paragraph(ctx.t("homework.letter.question", n, homework.questions().get(n - 1)));
			if (answers.isEmpty()) {
				summary.paragraph(ctx.t("homework.summary.no-answers"), Tone.SUBTLE);
			}
			else if (answers.size() < BREAKDOWN_FROM) {
				summary.paragraph(ctx.t("homework.summary.few", answers.size(), BREAKDOWN_FROM), Tone.SUBTLE);
				summary.facts(answers.stream().map(a -> new Fact("–", a.text())).toList());
			}
			else {
				summary.facts(answers.stream()
					.map(a -> new Fact(a.organisation().isBlank() ? ctx.t("homework.status.no-organisation") : a.organisation(),
							a.text()))
					.toList());
			}
		}
		return List.of(summary.build());
	}

}
