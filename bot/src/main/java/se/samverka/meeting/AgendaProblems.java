package se.samverka.meeting;

import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.Message;

/** An agenda that could not be read, explained in the organiser's language with its line. */
final class AgendaProblems {

	private AgendaProblems() {
	}

	/**
	 * {@code agendaText} is the part of the message the parser read; the line number is turned into
	 * the line of the whole message, the one the organiser sees.
	 */
	static Message reply(CommandContext ctx, AgendaProblem problem, String agendaText) {
		int line = problem.line() + linesBefore(ctx.inbound().text(), agendaText);
		return Message.builder()
			.paragraph(ctx.t("agenda.problem", line, ctx.t(problem.key(), problem.args())), Tone.WARNING)
			.paragraph(ctx.t("agenda.nothing-saved"), Tone.SUBTLE)
			.build();
	}

	static int linesBefore(String message, String part) {
		int at = part.isEmpty() ? -1 : message.indexOf(part);
		return at < 0 ? 0 : (int) message.substring(0, at).chars().filter(c -> c == '\n').count();
	}

}
