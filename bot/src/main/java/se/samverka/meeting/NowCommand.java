package se.samverka.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/** {@code now}: what is going on in the meeting right now and what comes next. */
@Component
class NowCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("now", "nu", "vad händer nu"),
			Access.IN_NETWORK, "help.now");

	private final Meetings meetings;

	NowCommand(Meetings meetings) {
		this.meetings = meetings;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public boolean takesArguments() {
		return false;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		Optional<Meeting> next = meetings.next(ctx.network());
		if (next.isEmpty()) {
			return List.of(Message.text(ctx.t("meeting.none")));
		}
		Meeting meeting = next.get();
		Instant now = meetings.now();
		if (!LocalDate.ofInstant(now, meeting.zoneId()).equals(meeting.date())) {
			String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
				.withLocale(ctx.locale())
				.format(meeting.date());
			return List.of(Message.text(ctx.t("meeting.now.not-today", meeting.title(), date,
					AgendaCard.clock(meeting.slots().get(0).start()))));
		}
		Message.Builder reply = Message.builder().heading(meeting.title());
		Optional<Integer> current = meeting.currentSlot(now);
		Optional<Integer> coming = meeting.nextSlot(now);
		if (current.isPresent()) {
			AgendaSlot slot = meeting.slots().get(current.get());
			reply.paragraph(ctx.t("meeting.now", AgendaCard.line(slot)), Tone.GOOD);
			if (slot.kind() == SlotKind.GROUP_WORK && !slot.prompt().isBlank()) {
				reply.paragraph(slot.prompt());
			}
		}
		else if (coming.isPresent()) {
			reply.paragraph(ctx.t("meeting.now.nothing"), Tone.SUBTLE);
		}
		coming.ifPresentOrElse(i -> reply.paragraph(ctx.t("meeting.next", AgendaCard.line(meeting.slots().get(i)))),
				() -> reply.paragraph(ctx.t("meeting.now.last"), Tone.SUBTLE));
		return List.of(reply.build());
	}

}
