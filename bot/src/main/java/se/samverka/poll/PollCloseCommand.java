package se.samverka.poll;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/**
 * {@code poll close [number]} (organisers): closes the poll before its deadline and
 * announces the result.
 */
@Component
class PollCloseCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("poll close", "omröstning stäng", "omrostning stang", "omröstning avsluta"),
			Access.ORGANISER, "help.poll-close");

	private final Polls polls;

	private final PollResults results;

	PollCloseCommand(Polls polls, PollResults results) {
		this.polls = polls;
		this.results = results;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		PollChoice choice = PollChoice.of(ctx.args(), ctx.network(), polls);
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
