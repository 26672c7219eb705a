package se.samverka.meeting;

import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.Message;

/**
 * An agenda that could not be read, explained in the organiser's language with its line.
 */
final class AgendaProblems {

	private AgendaProblems() {
	}

	/**
	 * {@code agendaText} is the part of the message the parser read; the line number is
	 * turned into the line of the whole message, the one the organiser sees.
	 */
	static Message reply(CommandContext ctx, AgendaProblem problem, String agendaText, String command) {
		int line = problem.line() + linesBefore(ctx.inbound().text(), agendaText);
		return Message.builder()
			.paragraph(ctx.t("agenda.problem", line, ctx.t(problem.key(), problem.args())), Tone.WARNING)
			.paragraph(ctx.t("agenda.nothing-saved"), Tone.SUBTLE)
			// what was typed comes back in the form, so it is corrected rather than typed
			// again
			.input(new TextInput(MeetingCreateCommand.AGENDA_INPUT, ctx.t("meeting.form.label"), "", agendaText, true,
					MeetingCreateCommand.MAX_AGENDA))
			.buttons(new Button(ctx.t("meeting.form.submit"), command, true))
			.build();
	}

	static int linesBefore(String message, String part) {
		int at = part.isEmpty() ? -1 : message.indexOf(part);
		return at < 0 ? 0 : (int) message.substring(0, at).chars().filter(c -> c == '\n').count();
	}

}
