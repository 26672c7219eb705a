package se.samverka.poll;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.network.NetworkAccess.Admission;

/**
 * {@code poll close [number]} (organisers): closes the poll before its deadline and
 * announces the result.
 */
@Component
class PollCloseCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("poll close", "omröstning stäng", "omrostning stang", "omröstning avsluta"),
			Access.ORGANISER, "help.poll-close");

	private final PollAccess access;

	private final Polls polls;

	private final PollResults results;

	PollCloseCommand(PollAccess access, Polls polls, PollResults results) {
		this.access = access;
		this.polls = polls;
		this.results = results;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		Admission decision = access.organisers(ctx, SPEC);
		if (!decision.allowed()) {
			return List.of(decision.refusal());
		}
		PollChoice choice = PollChoice.of(ctx.args(), decision.network(), polls);
		if (!choice.valid()) {
			return List.of(Message.text(ctx.t("poll.close.usage")));
		}
		if (choice.poll().isEmpty()) {
			return List.of(Message.text(choice.numbered() ? ctx.t("poll.no-such", ctx.args().replaceFirst("^#", ""))
					: ctx.t("poll.none-open")));
		}
		DatePoll poll = choice.poll().get();
		return results.close(poll)
			.map(closed -> Message.text(ctx.t("poll.close.done", poll.number(), poll.question(), closed.posted())))
			.map(List::of)
			.orElseGet(() -> List.of(Message.text(ctx.t("poll.close.already", poll.number(), poll.question()))));
	}

}
