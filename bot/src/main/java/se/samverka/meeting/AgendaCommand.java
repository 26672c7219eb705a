package se.samverka.meeting;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/**
 * {@code agenda [number]}: posts the agenda card of the next (or the numbered) meeting
 * here.
 */
@Component
class AgendaCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("agenda", "dagordning", "program"),
			Access.IN_NETWORK, "help.agenda");

	private final Meetings meetings;

	private final AgendaPosts posts;

	AgendaCommand(Meetings meetings, AgendaPosts posts) {
		this.meetings = meetings;
		this.posts = posts;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		MeetingChoice choice = MeetingChoice.of(ctx.args(), ctx.network(), meetings);
		if (choice.meeting().isEmpty()) {
			return List.of(Message.text(choice.numbered() ? ctx.t("meeting.no-such") : ctx.t("meeting.none")));
		}
		return posts.postOrReply(choice.meeting().get(), ctx);
	}

}
