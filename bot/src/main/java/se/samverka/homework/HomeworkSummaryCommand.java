package se.samverka.homework;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/**
 * {@code homework summary [n]} (organisers): "since last time", the answers to the newest
 * homework per question, posted where it is asked for (the network's channel before the
 * next meeting); see {@link HomeworkSummary} for what it shows and what it never shows.
 */
@Component
class HomeworkSummaryCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("homework summary", "läxa sammanfattning", "laxa sammanfattning", "sedan sist"),
			Access.ORGANISER, "help.homework-summary");

	private final Homeworks homeworks;

	private final HomeworkSummary summary;

	HomeworkSummaryCommand(Homeworks homeworks, HomeworkSummary summary) {
		this.homeworks = homeworks;
		this.summary = summary;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		Optional<Homework> found = HomeworkChoice.choose(ctx, homeworks, ctx.network());
		if (found.isEmpty()) {
			return List.of(HomeworkChoice.missing(ctx));
		}
		return List.of(new Message(summary.blocks(found.get(), ctx.locale(), Integer.MAX_VALUE, Integer.MAX_VALUE)));
	}

}
