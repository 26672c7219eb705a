package se.samverka.poll;

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
 * {@code vote <poll> <option> yes|maybe|no} (also what the card's buttons send), or
 * {@code vote <option> <answer>} for the newest open poll. The turn is logged without
 * person or text (an anonymous command), since the log must not tell who voted what in an
 * anonymous poll; typed in a shared conversation, a vote in an anonymous poll is refused.
 */
@Component
class VoteCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("vote", "rösta", "rosta"), Access.MEMBER,
			"help.vote", true)
		.refusingNonMembersWith("poll.members-only");

	private static final Pattern FULL = Pattern.compile("^#?(\\d{1,6})\\s+(\\d{1,6})\\s+(\\D.*)$");

	private static final Pattern SHORT = Pattern.compile("^(\\d{1,6})\\s+(\\D.*)$");

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
	 * voted what. A click on the card is private, so it is taken anywhere.
	 */
	@Override
	public boolean onlyInPersonalChats(CommandContext ctx) {
		if (ctx.network() == null) {
			return false;
		}
		Matcher full = FULL.matcher(ctx.args());
		Optional<DatePoll> poll = full.matches() ? polls.byNumber(ctx.network(), Integer.parseInt(full.group(1)))
				: SHORT.matcher(ctx.args()).matches() ? polls.latestOpen(ctx.network()) : Optional.empty();
		return poll.map(DatePoll::anonymous).orElse(false);
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
		return Optional.of((network, person) -> polls.latestOpen(network).isPresent());
	}

	/**
	 * "röstade ja på 30 sep": what the card's button did (buttons send the full form),
	 * when the vote was taken.
	 */
	@Override
	public Optional<String> echo(CommandContext ctx) {
		Matcher full = FULL.matcher(ctx.args());
		if (ctx.network() == null || !full.matches()) {
			return Optional.empty();
		}
		int option = Integer.parseInt(full.group(2));
		Optional<Answer> answer = AnswerWords.parse(full.group(3));
		return polls.byNumber(ctx.network(), Integer.parseInt(full.group(1)))
			.filter(polls::acceptsVotes)
			.flatMap(poll -> poll.option(option))
			.flatMap(chosen -> answer
				.map(a -> ctx.t("poll.vote.echo", ctx.t("poll.answer." + AnswerWords.command(a)), chosen.label())));
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		Matcher full = FULL.matcher(ctx.args());
		Matcher shortly = SHORT.matcher(ctx.args());
		Optional<DatePoll> poll;
		int option;
		String answerText;
		if (full.matches()) {
			int number = Integer.parseInt(full.group(1));
			poll = polls.byNumber(ctx.network(), number);
			if (poll.isEmpty()) {
				return List.of(Message.text(ctx.t("poll.no-such", number)));
			}
			option = Integer.parseInt(full.group(2));
			answerText = full.group(3);
		}
		else if (shortly.matches()) {
			poll = polls.latestOpen(ctx.network());
			if (poll.isEmpty()) {
				return List.of(Message.text(ctx.t("poll.none-open")));
			}
			option = Integer.parseInt(shortly.group(1));
			answerText = shortly.group(2);
		}
		else {
			return List.of(Message.text(ctx.t("poll.vote.usage")));
		}
		Optional<Answer> answer = AnswerWords.parse(answerText);
		if (answer.isEmpty()) {
			return List.of(Message.text(ctx.t("poll.vote.usage")));
		}
		DatePoll target = poll.get();
		if (!polls.acceptsVotes(target)) {
			return List.of(Message.text(ctx.t("poll.vote.closed", target.number(), target.question())));
		}
		Optional<PollOption> chosen = target.option(option);
		if (chosen.isEmpty()) {
			return List
				.of(Message.text(ctx.t("poll.vote.no-such-option", option, target.number(), target.options().size())));
		}
		boolean changed = votes.cast(target, voters.of(target, ctx.person()), ctx.person(), ctx.organisation(), option,
				answer.get());
		if (changed) {
			posts.refreshSoon(target);
		}
		return List.of(Message.text(ctx.t("poll.vote.done", ctx.t("poll.answer." + AnswerWords.command(answer.get())),
				option, chosen.get().label(), target.number())));
	}

}
