package se.samverka.poll;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/** {@code poll list}: the network's polls, newest last, open or closed. */
@Component
class PollListCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("poll list", "omröstning lista", "omrostning lista", "omröstningar"), Access.MEMBER,
			"help.poll-list")
		.refusingNonMembersWith("poll.members-only");

	static final int MAX_LISTED = 20;

	private final Polls polls;

	PollListCommand(Polls polls) {
		this.polls = polls;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		List<DatePoll> all = polls.of(ctx.network());
		if (all.isEmpty()) {
			return List.of(Message.text(ctx.t("poll.list.none")));
		}
		List<Fact> facts = all.subList(Math.max(0, all.size() - MAX_LISTED), all.size())
			.stream()
			.map(p -> new Fact(Integer.toString(p.number()),
					p.question() + " – "
							+ (polls.acceptsVotes(p) ? ctx.t("poll.list.open") : ctx.t("poll.list.closed"))))
			.toList();
		return List.of(Message.builder().heading(ctx.t("poll.list.heading")).facts(facts).build());
	}

}
