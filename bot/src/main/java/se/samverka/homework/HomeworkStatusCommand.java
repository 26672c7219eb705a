package se.samverka.homework;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.homework.HomeworkProgress.Progress;
import se.samverka.homework.HomeworkProgress.Tally;

/**
 * {@code homework status [n]} (organisers): how many recipients have answered every
 * question, in total and per organisation (the largest first, at most
 * {@value #ORGANISATIONS_SHOWN}), and a link to the file that lists every recipient.
 * Small homework ({@value #PERSONS_INLINE} recipients or fewer) also lists them in the
 * message; a network of thousands gets one screen, not a wall.
 */
@Component
class HomeworkStatusCommand implements CommandHandler {

	static final int PERSONS_INLINE = 30;

	static final int ORGANISATIONS_SHOWN = 15;

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("homework status", "läxa status", "laxa status"), Access.ORGANISER, "help.homework-status");

	private final Homeworks homeworks;

	private final HomeworkProgress progress;

	private final HomeworkStatusLinks links;

	HomeworkStatusCommand(Homeworks homeworks, HomeworkProgress progress, HomeworkStatusLinks links) {
		this.homeworks = homeworks;
		this.progress = progress;
		this.links = links;
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
		Homework homework = found.get();
		Progress status = progress.of(homework);
		Message.Builder message = Message.builder()
			.heading(ctx.t("homework.status.heading", homework.number(), homework.due()))
			.paragraph(ctx.t("homework.status.total", status.complete(), homework.recipients().size()),
					homeworks.open(homework) ? Tone.NORMAL : Tone.SUBTLE);
		if (status.rows().size() <= PERSONS_INLINE) {
			message.facts(status.rows()
				.stream()
				.map(r -> new Fact(r.name() + " (" + organisation(ctx, r.organisation()) + ")",
						ctx.t("homework.status.person", r.answered(), homework.questions().size())))
				.toList());
		}
		List<Tally> tallies = status.perOrganisation();
		message.paragraph(ctx.t("homework.status.per-organisation"))
			.facts(tallies.stream()
				.limit(ORGANISATIONS_SHOWN)
				.map(t -> new Fact(organisation(ctx, t.organisation()),
						ctx.t("homework.status.organisation", t.complete(), t.recipients())))
				.toList());
		if (tallies.size() > ORGANISATIONS_SHOWN) {
			List<Tally> rest = tallies.subList(ORGANISATIONS_SHOWN, tallies.size());
			message.paragraph(ctx.t("homework.status.more-organisations", rest.size(),
					rest.stream().mapToInt(Tally::recipients).sum()), Tone.SUBTLE);
		}
		return List.of(message.paragraph(ctx.t("homework.status.file"))
			.paragraph(links.csvUrl(homework, ctx.locale()))
			.paragraph(ctx.t("homework.status.file-note"), Tone.SUBTLE)
			.build());
	}

	private static String organisation(CommandContext ctx, String name) {
		return name == null ? ctx.t("homework.status.no-organisation") : name;
	}

}
