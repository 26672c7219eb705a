package se.samverka.poll;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.network.NetworkAccess.Admission;

/** {@code poll list}: the network's polls, newest last, open or closed. */
@Component
class PollListCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("poll list", "omröstning lista", "omrostning lista", "omröstningar"), Access.MEMBER,
			"help.poll-list");

	static final int MAX_LISTED = 20;

	private final PollAccess access;

	private final Polls polls;

	PollListCommand(PollAccess access, Polls polls) {
		this.access = access;
		this.polls = polls;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		Admission decision = access.members(ctx);
		if (!decision.allowed()) {
			return List.of(decision.refusal());
		}
		List<DatePoll> all = polls.of(decision.network());
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
