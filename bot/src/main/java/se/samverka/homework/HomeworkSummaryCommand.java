package se.samverka.homework;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.network.NetworkAccess.Admission;

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

	private final HomeworkAccess access;

	private final Homeworks homeworks;

	private final HomeworkSummary summary;

	HomeworkSummaryCommand(HomeworkAccess access, Homeworks homeworks, HomeworkSummary summary) {
		this.access = access;
		this.homeworks = homeworks;
		this.summary = summary;
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
		Optional<Homework> found = HomeworkChoice.choose(ctx, homeworks, decision.network());
		if (found.isEmpty()) {
			return List.of(HomeworkChoice.missing(ctx));
		}
		return List.of(new Message(summary.blocks(found.get(), ctx.locale(), Integer.MAX_VALUE, Integer.MAX_VALUE)));
	}

}
