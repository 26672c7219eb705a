package se.samverka.evaluation;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.ActionInvocation;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.InputProblem;
import se.samverka.chat.Message;

/**
 * {@code evaluate [meeting] 4 5 3 4 5 4 [| comment]} / {@code utvärdera ...} (also what
 * the form sends): the caller's answer to a meeting's evaluation, replacing an earlier
 * one until it closes. Alone it shows the form of the newest open evaluation. An
 * anonymous command: the conversation log keeps only that it was used, and the stored
 * answer names nobody.
 */
@Component
class EvaluateCommand implements CommandHandler {

	static final CommandNames NAMES = CommandNames.of("evaluate", "utvärdera", "utvardera");

	private static final CommandSpec SPEC = new CommandSpec(NAMES, Access.MEMBER, "help.evaluate", true)
		.refusingNonMembersWith("evaluation.members-only")
		.onlyInPersonalChats();

	private static final Logger log = LoggerFactory.getLogger(EvaluateCommand.class);

	private final Evaluations evaluations;

	private final EvaluationLetters letters;

	EvaluateCommand(Evaluations evaluations, EvaluationLetters letters) {
		this.evaluations = evaluations;
		this.letters = letters;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public Optional<ItemFinder> itemFinder() {
		return Optional.of((network, person, args) -> evaluations.newestOpenFor(network, person).isPresent());
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		ActionInvocation action = ctx.inbound().action();
		boolean fromForm = action != null && AnswerParser.isForm(action.inputs());
		if (!fromForm && ctx.args().isBlank()) {
			return List.of(evaluations.newestOpenFor(ctx.network(), ctx.person())
				.map(e -> letters.form(e, ctx.locale(),
						ctx.t("evaluation.letter.heading", e.meetingNumber(), e.meetingTitle())))
				.orElse(Message.text(ctx.t("evaluation.answer.none"))));
		}
		AnswerParser.Draft draft;
		try {
			draft = fromForm ? AnswerParser.fromForm(ctx.args(), action.inputs()) : AnswerParser.parse(ctx.args());
		}
		catch (InputProblem problem) {
			return List.of(Message
				.text(ctx.t(problem.key(), problem.arguments()) + " " + ctx.t("evaluation.answer.nothing-saved")));
		}
		Optional<Evaluation> found = draft.meeting() != null
				? evaluations.byMeetingNumber(ctx.network(), draft.meeting())
				: evaluations.newestOpenFor(ctx.network(), ctx.person());
		if (found.isEmpty()) {
			return List.of(Message.text(draft.meeting() != null ? ctx.t("evaluation.no-such", draft.meeting())
					: ctx.t("evaluation.answer.none")));
		}
		Evaluation evaluation = found.get();
		if (!evaluation.invited().contains(ctx.person().value())) {
			return List.of(Message.text(ctx.t("evaluation.answer.not-invited", evaluation.meetingNumber())));
		}
		if (!evaluations.open(evaluation)) {
			return List
				.of(Message.text(ctx.t("evaluation.answer.closed", evaluation.meetingNumber(), evaluation.lastDay())));
		}
		evaluations.answer(evaluation, ctx.person(), ctx.organisation(), draft);
		log.debug("Evaluation {}: an answer was saved", evaluation.id());
		return List.of(Message.text(ctx.t("evaluation.answer.done", evaluation.meetingNumber(), evaluation.lastDay())));
	}

}
