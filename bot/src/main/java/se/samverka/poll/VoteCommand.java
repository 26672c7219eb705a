package se.samverka.poll;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;

/**
 * {@code vote <poll> <option> yes|maybe|no} (also what the card's buttons send), or
 * {@code vote <option> <answer>} for the newest open poll; the option by its number or by
 * its label on the card ({@code rösta 1 29 sep ja}, see {@link OptionLabels}). The turn
 * is logged without person or text (an anonymous command), since the log must not tell
 * who voted what in an anonymous poll; typed in a shared conversation, a vote in an
 * anonymous poll is refused.
 */
@Component
class VoteCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("vote", "rösta", "rosta"), Access.MEMBER,
			"help.vote", true)
		.refusingNonMembersWith("poll.members-only");

	private final Polls polls;

	private final VoterKeys voters;

	private final Votes votes;

	private final PollPosts posts;

	VoteCommand(Polls polls, VoterKeys voters, Votes votes, PollPosts posts) {
		this.votes = votes;
		this.polls = polls;
		this.voters = voters;
		this.posts = posts;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	/**
	 * A typed vote in an anonymous poll: in a shared conversation the room would see who
	 * voted what. A click on the card is private, so it is taken anywhere. Where the text
	 * can be read as a vote in more than one poll, any anonymous one among them decides.
	 */
	@Override
	public boolean onlyInPersonalChats(CommandContext ctx) {
		if (ctx.network() == null) {
			return false;
		}
		return TypedVote.parse(ctx.args())
			.map(typed -> typed.readings().stream().map(r -> poll(ctx.network(), r)).flatMap(Optional::stream))
			.map(found -> found.anyMatch(DatePoll::anonymous))
			.orElse(false);
	}

	/**
	 * Anonymous in the log only for an anonymous poll, or when it cannot yet be told
	 * which poll is meant: a vote in an ordinary poll stays in the personal chat's
	 * history.
	 */
	@Override
	public boolean anonymousFor(CommandContext ctx) {
		return ctx.network() == null || onlyInPersonalChats(ctx);
	}

	@Override
	public Optional<ItemFinder> itemFinder() {
		// "rösta 2 1 ja" names its poll: the network where poll 2 takes votes
		return Optional.of((network, person, args) -> TypedVote.parse(args)
			.map(typed -> typed.readings()
				.stream()
				.anyMatch(r -> poll(network, r).filter(p -> r.poll() == null || polls.acceptsVotes(p)).isPresent()))
			.orElseGet(() -> polls.latestOpen(network).isPresent()));
	}

	/**
	 * "röstade ja på 30 sep": what the card's button did (buttons send the full form),
	 * when the vote was taken.
	 */
	@Override
	public Optional<String> echo(CommandContext ctx) {
		Optional<TypedVote> typed = TypedVote.parse(ctx.args());
		if (ctx.network() == null || typed.isEmpty()) {
			return Optional.empty();
		}
		TypedVote.Reading reading = typed.get().readings().get(0);
		if (reading.poll() == null || !reading.byNumber()) {
			return Optional.empty();
		}
		int option = Integer.parseInt(reading.option());
		String answer = ctx.t("poll.answer." + AnswerWords.command(typed.get().answer()));
		return polls.byNumber(ctx.network(), reading.poll())
			.filter(polls::acceptsVotes)
			.flatMap(poll -> poll.option(option))
			.map(chosen -> ctx.t("poll.vote.echo", answer, chosen.label()));
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		Optional<TypedVote> typed = TypedVote.parse(ctx.args());
		if (typed.isEmpty()) {
			return List.of(Message.text(ctx.t("poll.vote.usage")));
		}
		// the first reading that finds its option is the vote; else what went wrong with
		// the first that found its poll, else with the first
		Message problem = null;
		boolean pollFound = false;
		for (TypedVote.Reading reading : typed.get().readings()) {
			Optional<DatePoll> poll = poll(ctx.network(), reading);
			if (poll.isEmpty()) {
				problem = problem != null ? problem : Message
					.text(reading.poll() == null ? ctx.t("poll.none-open") : ctx.t("poll.no-such", reading.poll()));
				continue;
			}
			DatePoll target = poll.get();
			if (!polls.acceptsVotes(target)) {
				return List.of(Message.text(ctx.t("poll.vote.closed", target.number(), target.question())));
			}
			List<PollOption> options = options(target, reading);
			if (options.size() == 1) {
				return cast(ctx, target, options.get(0), typed.get().answer());
			}
			if (!pollFound) {
				problem = optionProblem(ctx, target, reading, options);
				pollFound = true;
			}
		}
		return List.of(problem);
	}

	/** The poll a reading names in the network: its number, else the newest open one. */
	private Optional<DatePoll> poll(NetworkId network, TypedVote.Reading reading) {
		return reading.poll() == null ? polls.latestOpen(network) : polls.byNumber(network, reading.poll());
	}

	private static List<PollOption> options(DatePoll poll, TypedVote.Reading reading) {
		if (reading.byNumber()) {
			return poll.option(Integer.parseInt(reading.option())).stream().toList();
		}
		return OptionLabels.matching(reading.option(), poll.options());
	}

	private static Message optionProblem(CommandContext ctx, DatePoll poll, TypedVote.Reading reading,
			List<PollOption> options) {
		if (reading.byNumber()) {
			return Message.text(ctx.t("poll.vote.no-such-option", Integer.parseInt(reading.option()), poll.number(),
					poll.options().size()));
		}
		List<PollOption> listed = options.isEmpty() ? poll.options() : options;
		String lines = listed.stream()
			.map(o -> o.number() + ". " + PollCard.label(o, ctx.locale()))
			.collect(Collectors.joining("\n"));
		return Message.text(ctx.t(options.isEmpty() ? "poll.vote.no-such-label" : "poll.vote.ambiguous-label",
				reading.option(), poll.number(), lines, listed.get(0).number()));
	}

	private List<Message> cast(CommandContext ctx, DatePoll target, PollOption chosen, Answer answer) {
		boolean changed = votes.cast(target, voters.of(target, ctx.person()), ctx.person(), ctx.organisation(),
				chosen.number(), answer);
		if (changed) {
			posts.refreshSoon(target);
		}
		return List.of(Message.text(ctx.t("poll.vote.done", ctx.t("poll.answer." + AnswerWords.command(answer)),
				chosen.number(), chosen.label(), target.number())));
	}

}
