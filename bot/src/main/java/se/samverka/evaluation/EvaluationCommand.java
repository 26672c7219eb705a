package se.samverka.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/**
 * {@code evaluation [meeting]} / {@code utvärdering [nummer]} (organisers): how many
 * answered the evaluation of the newest (or that) meeting, and with at least
 * {@value EvaluationTally#SHOWN_FROM} answers the averages, distributions, comments and a
 * breakdown by organisation where the groups are large enough.
 */
@Component
class EvaluationCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("evaluation", "utvärdering", "utvardering"),
			Access.ORGANISER, "help.evaluation")
		.refusingNonMembersWith("evaluation.members-only");

	private final Evaluations evaluations;

	EvaluationCommand(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		MeetingNumber number = MeetingNumber.of(ctx);
		if (!number.readable()) {
			return List.of(Message.text(ctx.t("evaluation.results.usage")));
		}
		Optional<Evaluation> found = number.choose(n -> evaluations.byMeetingNumber(ctx.network(), n),
				() -> evaluations.latest(ctx.network()));
		if (found.isEmpty()) {
			return List.of(Message
				.text(number.given() ? ctx.t("evaluation.no-such", number.number()) : ctx.t("evaluation.none")));
		}
		Evaluation evaluation = found.get();
		List<EvaluationAnswer> answers = evaluations.answersTo(evaluation);
		EvaluationResults results = evaluations.resultsOf(evaluation);
		Message.Builder message = new ResultsMessage(ctx.texts()).render(results, ctx.locale())
			.paragraph(ctx.t(evaluations.open(evaluation) ? "evaluation.results.open" : "evaluation.results.closed",
					evaluation.meetingTitle(), evaluation.lastDay()), Tone.SUBTLE);
		List<EvaluationTally.OrganisationRow> rows = results.shown() ? EvaluationTally.breakdown(answers) : List.of();
		if (!rows.isEmpty()) {
			message.divider()
				.paragraph(ctx.t("evaluation.results.per-organisation", EvaluationTally.SHOWN_FROM))
				.facts(rows.stream().map(row -> fact(ctx, row)).toList());
		}
		return List.of(message.build());
	}

	private static Fact fact(CommandContext ctx, EvaluationTally.OrganisationRow row) {
		String averages = Statement.ALL.stream()
			.map(s -> ctx.t(s.labelKey()) + " " + ResultsMessage.average(row.averages()[s.ordinal()], ctx.locale()))
			.collect(Collectors.joining(" · "));
		String organisation = row.organisation() == null ? ctx.t("evaluation.results.other-organisations")
				: row.organisation();
		return new Fact(organisation, ctx.t("evaluation.results.organisation", row.answers(), averages));
	}

}
