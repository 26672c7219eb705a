package se.samverka.digest;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.network.PersonalMessages;

/**
 * {@code digest preview} (organisers): the digest waiting for approval, or the one that
 * would be made now, shown to the caller only: in a shared conversation it goes to their
 * personal chat instead.
 */
@Component
class DigestPreviewCommand implements CommandHandler {

	static final CommandNames NAMES = CommandNames.of("digest preview", "lägesrapport förhandsvisa",
			"lagesrapport forhandsvisa", "lägesrapport förhandsgranska");

	private static final CommandSpec SPEC = new CommandSpec(NAMES, Access.ORGANISER, "help.digest-preview");

	private final DigestDispatch dispatch;

	private final DigestSchedules schedules;

	private final PersonalMessages personal;

	DigestPreviewCommand(DigestDispatch dispatch, DigestSchedules schedules, PersonalMessages personal) {
		this.dispatch = dispatch;
		this.schedules = schedules;
		this.personal = personal;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		NetworkId network = ctx.network();
		DigestDispatch.Preview preview = dispatch.preview(network, ctx.locale());
		String note = preview.waitingSince() == null ? ctx.t("digest.preview.fresh")
				: ctx.t("digest.preview.waiting", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
					.format(preview.waitingSince().atZone(schedules.zone(network))));
		Message shown = Message.builder().paragraph(note, Tone.SUBTLE).blocks(preview.message().blocks()).build();
		if (ctx.inbound().kind() == ConversationKind.PERSONAL) {
			return List.of(shown);
		}
		personal.send(ctx.person(), network, shown);
		return List.of(Message.text(ctx.t("digest.preview.sent-privately")));
	}

}
