package se.samverka.poll;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.DateTexts;
import se.samverka.chat.Message;

/**
 * {@code poll <question> | <option> | ... [| deadline <date time>] [| anonymous] [| quorum]},
 * or the question on the first line and one option per further line (organisers): creates
 * the poll, puts its deadline on the scheduler and posts its card to every conversation
 * of the network.
 */
@Component
class PollCreateCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("poll", "omröstning", "omrostning"),
			Access.ORGANISER, "help.poll");

	static final String POLL_INPUT = "poll";

	static final int MAX_FORM = 6_000;

	private static final Logger log = LoggerFactory.getLogger(PollCreateCommand.class);

	private final Polls polls;

	private final PollDeadlines deadlines;

	private final PollPosts posts;

	PollCreateCommand(Polls polls, PollDeadlines deadlines, PollPosts posts) {
		this.polls = polls;
		this.deadlines = deadlines;
		this.posts = posts;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		java.time.ZoneId zone = ctx.zone();
		if (ctx.args().isBlank()) {
			return List.of(form(ctx, zone));
		}
		PollParser.Draft draft;
		try {
			draft = new PollParser().parse(ctx.args(), zone, polls.now(), ctx.locale());
		}
		catch (PollProblem problem) {
			return List.of(Message
				.text(ctx.t(problem.key(), problem.arguments()) + " " + ctx.t("poll.problem.nothing-saved")));
		}
		DatePoll poll = polls.create(ctx.network(), draft, zone, ctx.person());
		deadlines.plan(poll);
		log.info("Poll {} (number {}) created in network {} with {} options", poll.id(), poll.number(),
				poll.networkId(), poll.options().size());
		int posted = posts.postEverywhere(poll, ctx);
		Message.Builder reply = Message.builder()
			.paragraph(ctx.t("poll.created", poll.number(), poll.question(), poll.options().size()), Tone.GOOD);
		reply.facts(
				poll.options().stream().map(o -> new Fact(Integer.toString(o.number()), understood(o, ctx))).toList());
		PollDates.explain(poll, java.time.LocalDate.ofInstant(polls.now(), zone), ctx)
			.forEach(line -> reply.paragraph(line, Tone.SUBTLE));
		reply.paragraph(
				poll.deadline() == null ? ctx.t("poll.created.no-deadline", poll.number())
						: ctx.t("poll.created.deadline", DateTexts
							.moment(java.time.LocalDateTime.ofInstant(poll.deadline(), zone), ctx.locale())),
				Tone.SUBTLE);
		if (poll.anonymous()) {
			reply.paragraph(ctx.t("poll.created.anonymous"), Tone.SUBTLE);
		}
		if (poll.quorum()) {
			reply.paragraph(ctx.t("poll.created.quorum"), Tone.SUBTLE);
		}
		reply.paragraph(ctx.t("poll.created.how", poll.number(), posted), Tone.SUBTLE);
		return List.of(reply.build());
	}

	/** An option as typed, with the full date it was understood as. */
	private static String understood(PollOption option, CommandContext ctx) {
		return option.isDate() ? option.label() + " – " + DateTexts.days(option.start(), option.end(), ctx.locale())
				: option.label();
	}

	/**
	 * Typed without a poll: a form (a dialog in Teams, a modal in Slack) prefilled with
	 * an example.
	 */
	private Message form(CommandContext ctx, java.time.ZoneId zone) {
		java.time.LocalDate today = java.time.LocalDate.ofInstant(polls.now(), zone);
		String[] examples = PollParser.examples(today, ctx.locale());
		String example = String.join("\n", ctx.t("poll.form.example-question"), examples[0], examples[1], examples[2],
				ctx.t("poll.form.example-deadline", examples[3]));
		return Message.builder()
			.heading(ctx.t("poll.form.heading"))
			.paragraph(ctx.t("poll.form.rules", PollParser.MAX_OPTIONS, examples[0], examples[1], examples[3]),
					Tone.SUBTLE)
			.input(new TextInput(POLL_INPUT, ctx.t("poll.form.label"), "", example, true, MAX_FORM))
			.buttons(new Button(ctx.t("poll.form.submit"), "poll", true))
			.build();
	}

}
